import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../../db/embedded";
import { EMBEDDED_APP_ROLE } from "../../../db/roles/app-privileges";
import { ensureAppRole, roleOf } from "../../../db/roles/ensure-app-role";

/** The role the pipeline runs as, as in the app (null: the owner, when DATABASE_URL comes without APP_DATABASE_URL). */
export type AppLogin = { user: string; password: string } | null;

/** A PostgreSQL server to bench on: a throwaway embedded one, or the server named by DATABASE_URL. */
export async function openServer(): Promise<{
  adminUrl: string;
  app: AppLogin;
  close: () => Promise<void>;
}> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const appUrl = process.env.APP_DATABASE_URL;
    const app = appUrl
      ? { user: roleOf(appUrl), password: decodeURIComponent(new URL(appUrl).password) }
      : null;
    return { adminUrl: external, app, close: async () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    database: "refund_desk_bench",
    persistent: false,
  });
  const app = { user: EMBEDDED_APP_ROLE, password: randomBytes(18).toString("base64url") };
  const admin = postgres(server.url, { max: 1, onnotice: () => undefined });
  await ensureAppRole(admin, app.user, app.password).finally(() => admin.end());
  return {
    adminUrl: server.url,
    app,
    close: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on that server for one pass (dropped afterwards). */
export async function openDatabase(
  adminUrl: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const name = `rd_bench_${Date.now()}_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    close: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
