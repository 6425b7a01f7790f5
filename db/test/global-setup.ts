import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded";
import { runMigrations } from "../migrate";
import { createDb } from "../client";
import { verifyLedger } from "@/lib/ledger/verify-ledger";

/** ledger:verify on what the suite left: a violation fails the run. */
async function verifyLedgerAtEnd(url: string): Promise<void> {
  const { db, sql } = createDb(url, 1);
  try {
    const { violations, counts } = await verifyLedger(db);
    if (violations.length > 0)
      throw new Error(
        `ledger:verify after the integration suite: ${JSON.stringify(violations, null, 2)}`,
      );
    console.log(
      `ledger:verify after the integration suite: ok (${counts.transactions} transactions)`,
    );
  } finally {
    await sql.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Integration tests run on real PostgreSQL: a throwaway embedded server, or a
 * fresh database on the server named by DATABASE_URL (dropped afterwards).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `rd_test_${Date.now()}_${process.pid}`;
    const admin = postgres(external, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    await runMigrations(url.toString());
    project.provide("databaseUrl", url.toString());
    return async () => {
      await verifyLedgerAtEnd(url.toString());
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
  await runMigrations(server.url);
  project.provide("databaseUrl", server.url);
  return async () => {
    await verifyLedgerAtEnd(server.url).finally(() => server.stop());
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
