import postgres from "postgres";
import { EMBEDDED_APP_ROLE } from "../../db/roles/app-privileges";
import { ensureAppRole, urlAs } from "../../db/roles/ensure-app-role";
import { embeddedAppPassword } from "./local-config";

/** Where the owner (migrations, seed, backups) and the app (web server, job runner, ingest) connect. */
export type DatabaseUrls = { url: string; appUrl: string };

/** On the embedded server: creates the app's role (or sets its password again) and returns its URL. */
export async function embeddedAppUrl(ownerUrl: string): Promise<string> {
  const password = embeddedAppPassword();
  const admin = postgres(ownerUrl, { max: 1, onnotice: () => undefined });
  try {
    await ensureAppRole(admin, EMBEDDED_APP_ROLE, password);
  } finally {
    await admin.end();
  }
  return urlAs(ownerUrl, EMBEDDED_APP_ROLE, password);
}

/**
 * With DATABASE_URL: APP_DATABASE_URL names the app's role. Without it the app runs as the owner,
 * as before there were two roles: it works, but then the app's account can rewrite the audit trail.
 */
export function configuredAppUrl(ownerUrl: string, log: (line: string) => void): string {
  const appUrl = process.env.APP_DATABASE_URL;
  if (appUrl) return appUrl;
  log(
    "APP_DATABASE_URL is not set: the app connects as DATABASE_URL's role, the owner of the tables, " +
      "which can rewrite the audit trail. Give the app a role of its own (README: Database roles).",
  );
  return ownerUrl;
}

/** The environment of a process running app code: the app's URL only, never the owner's. */
export function appProcessEnv(env: NodeJS.ProcessEnv, appUrl: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, APP_DATABASE_URL: appUrl };
  delete out.DATABASE_URL;
  return out;
}
