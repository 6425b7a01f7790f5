import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { roleOf } from "@/db/roles/ensure-app-role";
import { seedDemo } from "@/db/seed/seed-demo";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { runAuditVerification } from "@/lib/audit/audit-verifications";
import { backupDatabase } from "./backup-database";
import { restoreDatabase } from "./restore-database";

const inDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Rows per table of the public schema, and the audit chain's head. */
async function snapshot(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const tables = await sql<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`;
    const counts: Record<string, number> = {};
    for (const t of tables)
      counts[t.name] = Number((await sql.unsafe(`SELECT count(*) AS n FROM "${t.name}"`))[0]!.n);
    const [head] = await sql`SELECT hash FROM audit_chain_head`;
    return { counts, head: head?.hash as string | undefined };
  } finally {
    await sql.end();
  }
}

describe("backup and restore (pg_dump / pg_restore)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-backup-"));
  const file = path.join(dir, "refund-desk.dump");
  const owner = inject("ownerDatabaseUrl");
  const restoredName = `rd_restored_${process.pid}`;
  const restored = inDatabase(owner, restoredName);

  beforeAll(async () => {
    await resetDatabase();
    // Money (opening balances on the ledger) and audit entries, plus a full verification.
    await seedDemo(testDb(), { now: new Date("2026-03-10T10:00:00Z") });
    await runAuditVerification(testDb(), new Date(), { anchors: null });
  });
  afterAll(async () => {
    await closeTestDb();
    const admin = postgres(inDatabase(owner, "postgres"), { max: 1, onnotice: () => undefined });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a dump of a seeded database restores into a fresh one with the same rows and audit head, and passes every check", async () => {
    const before = await snapshot(owner);
    expect(before.counts.ledger_transactions).toBeGreaterThan(0);
    expect(before.counts.audit_log).toBeGreaterThan(10);
    const backup = await backupDatabase({ url: owner, file, log: () => undefined });
    expect(backup.bytes).toBeGreaterThan(1000);
    expect(backup.pgDump).toMatch(/PostgreSQL\) (1[89]|[2-9]\d)\./);

    const check = await restoreDatabase({
      url: restored,
      file,
      force: false,
      appRole: roleOf(inject("databaseUrl")),
      log: () => undefined,
    });
    expect(check).toMatchObject({
      ok: true,
      chain: { ok: true, checked: before.counts.audit_log },
      ledger: { violations: [], transactions: before.counts.ledger_transactions },
    });
    expect(check.migrations.applied).toBe(check.migrations.expected);
    expect(await snapshot(restored)).toEqual(before);

    // The app's role has its rights on the copy: it reads, and still cannot rewrite the log.
    const app = new URL(inject("databaseUrl"));
    app.pathname = `/${restoredName}`;
    const asApp = postgres(app.toString(), { max: 1, onnotice: () => undefined });
    try {
      expect(Number((await asApp`SELECT count(*) AS n FROM users`)[0]!.n)).toBe(
        before.counts.users,
      );
      await expect(asApp`DELETE FROM audit_log`).rejects.toThrow(/permission denied/);
    } finally {
      await asApp.end();
    }
  }, 600_000);

  it("refuses to restore over a database that holds tables, unless forced", async () => {
    await expect(
      restoreDatabase({ url: restored, file, force: false, appRole: null, log: () => undefined }),
    ).rejects.toThrow(/is not empty .* --force/);
  });
});
