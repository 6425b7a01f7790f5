import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { appPrivilegesOf, QUEUE_SCHEMA } from "./app-privileges";

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

async function writeEntry() {
  await testDb().transaction((tx) =>
    recordAudit(tx, {
      actorId: null,
      action: "request.created",
      entityType: "test",
      entityId: "1",
      data: { n: 1 },
    }),
  );
}

describe("the app's own database role", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it("is neither a superuser nor the owner of any table", async () => {
    const [me] = await testDb().execute<{ super: boolean; owns: number; user: string }>(sql`
      SELECT current_user AS user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super,
        (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user AND schemaname = 'public') AS owns`);
    expect(me).toMatchObject({ super: false, owns: 0 });
    const [owner] = await ownerDb().execute<{ user: string }>(sql`SELECT current_user AS user`);
    expect(owner!.user).not.toBe(me!.user);
  });

  it("cannot update, delete or truncate the audit log, with or without the old edit switch", async () => {
    await writeEntry();
    const db = testDb();
    expect(await refusal(db.execute(sql`UPDATE audit_log SET data = '{}'`))).toMatch(
      /permission denied/,
    );
    expect(await refusal(db.execute(sql`DELETE FROM audit_log`))).toMatch(/permission denied/);
    expect(await refusal(db.execute(sql`TRUNCATE audit_log`))).toMatch(/permission denied/);
    const withSwitch = db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL refund_desk.allow_audit_edit = 'on'`);
      await tx.execute(sql`DELETE FROM audit_log`);
    });
    expect(await refusal(withSwitch)).toMatch(/permission denied/);
    expect(await db.execute(sql`SELECT id FROM audit_log`)).toHaveLength(1);
  });

  it("the switch is gone for the owner too, and TRUNCATE is refused by a trigger", async () => {
    await writeEntry();
    const owner = ownerDb();
    const withSwitch = (statement: ReturnType<typeof sql>) =>
      owner.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL refund_desk.allow_audit_edit = 'on'`);
        await tx.execute(statement);
      });
    expect(await refusal(withSwitch(sql`UPDATE audit_log SET data = '{}'`))).toMatch(/append-only/);
    expect(await refusal(withSwitch(sql`DELETE FROM audit_log`))).toMatch(/append-only/);
    expect(await refusal(withSwitch(sql`TRUNCATE audit_log`))).toMatch(/append-only/);
    expect(await refusal(withSwitch(sql`DELETE FROM audit_chain_head`))).toMatch(/forward/);
    expect(await refusal(withSwitch(sql`TRUNCATE audit_chain_head`))).toMatch(/forward/);
    expect(await refusal(withSwitch(sql`TRUNCATE audit_verifications`))).toMatch(/kept/);
    expect(await owner.execute(sql`SELECT id FROM audit_log`)).toHaveLength(1);
  });

  it("cannot switch the triggers off: neither ALTER TABLE … DISABLE TRIGGER nor session_replication_role", async () => {
    const db = testDb();
    for (const table of ["audit_log", "audit_chain_head", "ledger_entries", "decisions"])
      expect(
        await refusal(db.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER ALL`))),
      ).toMatch(/must be owner/);
    expect(await refusal(db.execute(sql`SET session_replication_role = replica`))).toMatch(
      /permission denied/,
    );
  });

  it("the money records are append-only for it as well", async () => {
    const db = testDb();
    for (const table of ["ledger_transactions", "ledger_entries", "payout_events"]) {
      for (const statement of [
        `UPDATE ${table} SET id = id`,
        `DELETE FROM ${table}`,
        `TRUNCATE ${table}`,
      ])
        expect(await refusal(db.execute(sql.raw(statement)))).toMatch(/permission denied/);
    }
  });

  it("holds exactly the declared rights on every table, and none beyond them", async () => {
    const rows = await testDb().execute<{ table: string; privileges: string[] }>(sql`
      SELECT c.relname AS table, ARRAY(
        SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) AS p
        WHERE has_table_privilege(current_user, c.oid, p)) AS privileges
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`);
    expect(rows.length).toBeGreaterThan(25);
    for (const r of rows)
      expect({ table: r.table, privileges: r.privileges }).toEqual({
        table: r.table,
        privileges: [...appPrivilegesOf(r.table)],
      });
  });

  it("every table a trigger keeps append-only is declared without UPDATE or DELETE for the app", async () => {
    // A new evidence table guarded by one of these functions but missing from app-privileges.ts fails here.
    const guarded = await ownerDb().execute<{ table: string }>(sql`
      SELECT DISTINCT c.relname AS table FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND (t.tgtype & 8) <> 0
        AND p.proname IN ('audit_log_append_only', 'decisions_append_only', 'money_refuse_change')`);
    expect(guarded.map((g) => g.table).sort()).toEqual(
      expect.arrayContaining(["audit_log", "decisions", "ledger_entries", "ledger_transactions"]),
    );
    for (const { table } of guarded) {
      expect(appPrivilegesOf(table), table).not.toContain("DELETE");
      if (table !== "payouts") expect(appPrivilegesOf(table), table).not.toContain("UPDATE");
    }
  });

  it("a table a later migration creates is read-write for the app at once (default privileges), sequences included", async () => {
    const owner = ownerDb();
    await owner.execute(sql`DROP TABLE IF EXISTS later_migration_table`);
    await owner.execute(
      sql`CREATE TABLE later_migration_table (id bigserial PRIMARY KEY, note text)`,
    );
    try {
      const db = testDb();
      await db.execute(sql`INSERT INTO later_migration_table (note) VALUES ('a')`);
      await db.execute(sql`UPDATE later_migration_table SET note = 'b'`);
      expect(await db.execute(sql`SELECT note FROM later_migration_table`)).toEqual([
        { note: "b" },
      ]);
      await db.execute(sql`DELETE FROM later_migration_table`);
    } finally {
      await owner.execute(sql`DROP TABLE later_migration_table`);
    }
  });

  it("owns the job queue's schema and nothing else", async () => {
    const [row] = await testDb().execute<{ owner: string; user: string }>(sql`
      SELECT pg_get_userbyid(nspowner) AS owner, current_user AS user FROM pg_namespace WHERE nspname = ${QUEUE_SCHEMA}`);
    expect(row!.owner).toBe(row!.user);
    expect(
      await refusal(testDb().execute(sql`CREATE TABLE public.app_made_table (id int)`)),
    ).toMatch(/permission denied/);
  });
});
