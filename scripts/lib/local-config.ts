import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resetEnvCache } from "../../lib/env";

export const DATA_DIR = path.join(process.cwd(), ".data");

const SECRETS_FILE = path.join(DATA_DIR, "local-secrets.json");

function readSecrets(): Record<string, string> {
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 });
  fs.chmodSync(DATA_DIR, 0o755);
  if (!fs.existsSync(SECRETS_FILE)) return {};
  return JSON.parse(fs.readFileSync(SECRETS_FILE, "utf8")) as Record<string, string>;
}

const writeSecrets = (saved: Record<string, string>) =>
  fs.writeFileSync(SECRETS_FILE, JSON.stringify(saved, null, 2), { mode: 0o600 });

/**
 * Local, git-ignored secrets for a machine without configuration: generated
 * once under .data/ so sessions survive restarts. Real deployments set the
 * variables themselves and this file is never created.
 */
export function ensureLocalSecrets(): void {
  const saved = readSecrets();
  const wanted: Record<string, () => string> = {
    NEXTAUTH_SECRET: () => randomBytes(32).toString("base64url"),
    PAYMENT_DETAILS_KEY: () => randomBytes(32).toString("base64"),
    INBOUND_WEBHOOK_SECRET: () => randomBytes(32).toString("base64url"),
    PAYMENT_WEBHOOK_SECRET: () => randomBytes(32).toString("base64url"),
    PAYMENT_PROVIDER_API_KEY: () => `sk_sandbox_${randomBytes(24).toString("base64url")}`,
    AUDIT_ANCHOR_KEY: () => randomBytes(32).toString("base64url"),
  };
  let changed = false;
  // A generated API key is the sandbox's; a configured provider comes with its own.
  if (process.env.PAYMENT_PROVIDER_URL) delete wanted.PAYMENT_PROVIDER_API_KEY;
  for (const [key, make] of Object.entries(wanted)) {
    if (process.env[key]) continue;
    if (!saved[key]) {
      saved[key] = make();
      changed = true;
    }
    process.env[key] = saved[key];
  }
  if (changed) writeSecrets(saved);
  // Modules imported before this ran may have read the environment already (the logger does).
  resetEnvCache();
}

/**
 * The password of the app's role on the embedded server, generated once into the same file. It is
 * no environment variable: only the supervisor and the command-line tools build the app's URL from it.
 */
export function embeddedAppPassword(): string {
  const saved = readSecrets();
  if (!saved.APP_DATABASE_PASSWORD) {
    saved.APP_DATABASE_PASSWORD = randomBytes(24).toString("base64url");
    writeSecrets(saved);
  }
  return saved.APP_DATABASE_PASSWORD;
}

/** True when .next holds a production build newer than every source file. */
export function buildIsFresh(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newest = (p: string): number => {
    if (!fs.existsSync(p)) return 0;
    const st = fs.statSync(p);
    if (!st.isDirectory()) return st.mtimeMs;
    let max = 0;
    for (const e of fs.readdirSync(p)) {
      if (e === "node_modules" || e.startsWith(".") || e === "fixtures") continue;
      max = Math.max(max, newest(path.join(p, e)));
    }
    return max;
  };
  const sources = [
    "app",
    "lib",
    "db",
    "instrumentation.ts",
    "next.config.js",
    "package-lock.json",
    "postcss.config.mjs",
  ];
  return sources.every((s) => newest(path.join(root, s)) <= builtAt);
}
