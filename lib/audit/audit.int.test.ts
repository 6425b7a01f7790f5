import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { recordAudit } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

describe("audit log", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  async function writeThree() {
    const db = testDb();
    for (const n of [1, 2, 3]) {
      await db.transaction((tx) =>
        recordAudit(tx, { actorId: null, action: "test.step", entityType: "test", entityId: String(n), data: { n, nested: { b: 2, a: 1 } } }),
      );
    }
  }

  it("chains each entry to the previous one and verifies", async () => {
    await writeThree();
    const report = await verifyAuditChain(testDb());
    expect(report).toEqual({ checked: 3, ok: true, firstBrokenId: null });
  });

  it("detects an edited entry", async () => {
    await writeThree();
    const db = testDb();
    const [second] = await db.select().from(auditLog).where(eq(auditLog.entityId, "2"));
    await expect(db.update(auditLog).set({ data: { n: 200 } }).where(eq(auditLog.id, second!.id))).rejects.toThrow();
    // A superuser can switch the guard off; the hash chain still shows the edit.
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL refund_desk.allow_audit_edit = 'on'`);
      await tx.update(auditLog).set({ data: { n: 200 } }).where(eq(auditLog.id, second!.id));
    });
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.firstBrokenId).toBe(second!.id);
  });

  it("detects a deleted entry", async () => {
    await writeThree();
    const db = testDb();
    await expect(db.execute(sql`DELETE FROM audit_log WHERE entity_id = '2'`)).rejects.toThrow();
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL refund_desk.allow_audit_edit = 'on'`);
      await tx.execute(sql`DELETE FROM audit_log WHERE entity_id = '2'`);
    });
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const db = testDb();
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, action: "test.rollback", entityType: "test", entityId: "x", data: {} });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });
});
