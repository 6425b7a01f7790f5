import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resetEnvCache } from "../../lib/env";

export const DATA_DIR = path.join(process.cwd(), ".data");

/**
 * Local, git-ignored secrets for a machine without configuration: generated
 * once under .data/ so sessions survive restarts. Real deployments set the
 * variables themselves and this file is never created.
 */
export function ensureLocalSecrets(): void {
  const file = path.join(DATA_DIR, "local-secrets.json");
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 });
  fs.chmodSync(DATA_DIR, 0o755);
  let saved: Record<string, string> = {};
  if (fs.existsSync(file))
    saved = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  const wanted: Record<string, () => string> = {
    NEXTAUTH_SECRET: () => randomBytes(32).toString("base64url"),
    PAYMENT_DETAILS_KEY: () => randomBytes(32).toString("base64"),
    INBOUND_WEBHOOK_SECRET: () => randomBytes(32).toString("base64url"),
  };
  let changed = false;
  for (const [key, make] of Object.entries(wanted)) {
    if (process.env[key]) continue;
    if (!saved[key]) {
      saved[key] = make();
      changed = true;
    }
    process.env[key] = saved[key];
  }
  if (changed) fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  // Modules imported before this ran may have read the environment already (the logger does).
  resetEnvCache();
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
