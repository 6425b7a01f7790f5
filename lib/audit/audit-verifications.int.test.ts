import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditChainHead, auditLog, auditVerifications } from "@/db/schema";
import { makeUser } from "@/db/test/request-fixture";
import { asSuperuser, closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import {
  ABANDONED_AFTER_MS,
  auditChainStatus,
  FULL_VERIFICATION_EVERY_MS,
  requestAuditVerification,
  runAuditVerification,
} from "./audit-verifications";
import { auditHashV2, recordAudit } from "./record-audit";

const write = async (n: number, tag = "x") => {
  const db = testDb();
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "request.created",
        entityType: "test",
        entityId: `${tag}${i}`,
        data: { i },
      }),
    );
  }
};
const editAsSuperuser = (statement: ReturnType<typeof sql>) =>
  asSuperuser(async (tx) => {
    await tx.execute(statement);
  });

/** What a superuser could do: change an entry and recompute every later hash and the head. */
async function rechainAfterEditing(entryId: number, data: Record<string, unknown>) {
  await asSuperuser(async (tx) => {
    await tx.update(auditLog).set({ data }).where(eq(auditLog.id, entryId));
    const rows = await tx.select().from(auditLog).orderBy(auditLog.id);
    let prev = rows[0]!.prevHash;
    for (const r of rows) {
      const hash = auditHashV2(prev, {
        actorId: r.actorId,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        at: r.at,
        data: r.data,
      });
      await tx.update(auditLog).set({ prevHash: prev, hash }).where(eq(auditLog.id, r.id));
      prev = hash;
    }
    await tx
      .update(auditChainHead)
      .set({ prevHash: rows.at(-2)?.hash ?? rows[0]!.prevHash, hash: prev });
  });
}

describe("audit chain verifications", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it("a scheduled run verifies the whole chain, keeps a checkpoint, and is itself appended to the chain", async () => {
    await write(5);
    const db = testDb();
    const last = (await db.select().from(auditLog).orderBy(auditLog.id)).at(-1)!;
    const run = await runAuditVerification(db);
    expect(run).toMatchObject({
      status: "done",
      ok: true,
      checked: 5,
      throughId: last.id,
      throughHash: last.hash,
      requestedBy: null,
      firstBrokenId: null,
      headMismatch: false,
    });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "audit.verified"));
    expect(entry).toMatchObject({
      actorId: null,
      entityId: String(run!.id),
      data: { ok: true, checked: 5, throughId: last.id },
    });
  });

  it("runs again on its own only when the last full verification is a day old", async () => {
    const db = testDb();
    await write(2);
    const now = new Date();
    expect(await runAuditVerification(db, now)).not.toBeNull();
    expect(await runAuditVerification(db, new Date(now.getTime() + 60_000))).toBeNull();
    const later = await runAuditVerification(
      db,
      new Date(now.getTime() + FULL_VERIFICATION_EVERY_MS + 60_000),
    );
    // Two entries plus the first run's own "audit.verified".
    expect(later).toMatchObject({ status: "done", ok: true, checked: 3 });
  });

  it("'Verify now' queues one run at a time, which the worker takes before the schedule, in the requester's name", async () => {
    const db = testDb();
    const manager = await makeUser(db, "manager");
    await write(3);
    await runAuditVerification(db); // a fresh scheduled run: the schedule has nothing to do for a day
    const first = await requestAuditVerification(db, manager.id);
    const again = await requestAuditVerification(db, manager.id);
    expect(first.alreadyQueued).toBe(false);
    expect(again).toMatchObject({
      alreadyQueued: true,
      verification: { id: first.verification.id },
    });
    expect(
      await db.select().from(auditVerifications).where(eq(auditVerifications.status, "queued")),
    ).toHaveLength(1);
    expect((await auditChainStatus(db)).activeStalled).toBe(false);
    expect(
      (await auditChainStatus(db, { now: new Date(Date.now() + 6 * 60_000) })).activeStalled,
    ).toBe(true);
    const run = await runAuditVerification(db);
    expect(run).toMatchObject({
      id: first.verification.id,
      status: "done",
      ok: true,
      requestedBy: manager.id,
    });
    const entries = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "audit.verified"))
      .orderBy(auditLog.id);
    expect(entries.at(-1)!.actorId).toBe(manager.id);
    expect(await runAuditVerification(db)).toBeNull();
  });

  it("a broken chain is recorded with its first broken entry, and the page then trusts no checkpoint", async () => {
    const db = testDb();
    await write(4);
    const rows = await db.select().from(auditLog).orderBy(auditLog.id);
    await editAsSuperuser(sql`UPDATE audit_log SET data = '{"i": 99}' WHERE id = ${rows[1]!.id}`);
    const run = await runAuditVerification(db);
    expect(run).toMatchObject({ status: "done", ok: false, firstBrokenId: rows[1]!.id });
    const status = await auditChainStatus(db);
    expect(status.last?.ok).toBe(false);
    expect(status.since.report).toBeNull();
  });

  it("the page checks only the entries written since the checkpoint, and sees an edit among them", async () => {
    const db = testDb();
    await write(6, "old");
    await runAuditVerification(db);
    await write(3, "new");
    const status = await auditChainStatus(db);
    // The three new ones and the run's own "audit.verified", written after its checkpoint.
    expect(status.since.entries).toBe(4);
    expect(status.since.report).toMatchObject({ ok: true, checked: 4 });
    const [newer] = await db.select().from(auditLog).where(eq(auditLog.entityId, "new1"));
    await editAsSuperuser(sql`UPDATE audit_log SET data = '{"i": 42}' WHERE id = ${newer!.id}`);
    expect((await auditChainStatus(db)).since.report).toMatchObject({
      ok: false,
      firstBrokenId: newer!.id,
    });
  });

  it("the page sees the checkpoint entry itself rewritten or the log cut back past it", async () => {
    const db = testDb();
    await write(4);
    const run = (await runAuditVerification(db))!;
    await editAsSuperuser(
      sql`UPDATE audit_log SET hash = repeat('a', 64) WHERE id = ${run.throughId}`,
    );
    expect((await auditChainStatus(db)).since.report).toMatchObject({
      ok: false,
      firstBrokenId: run.throughId,
    });
    await editAsSuperuser(sql`DELETE FROM audit_log WHERE id >= ${run.throughId}`);
    expect((await auditChainStatus(db)).since.report).toMatchObject({
      ok: false,
      firstBrokenId: run.throughId,
    });
  });

  it("a log re-chained after a verification is caught by the page and by every later full run, never reported intact again", async () => {
    const db = testDb();
    await write(5);
    const first = (await runAuditVerification(db))!;
    const [second] = await db.select().from(auditLog).where(eq(auditLog.entityId, "x1"));
    await rechainAfterEditing(second!.id, { i: 1000 });
    const page = await auditChainStatus(db);
    expect(page.since.report).toMatchObject({
      ok: false,
      checkpointMismatch: { verificationId: first.id, throughId: first.throughId },
    });
    // Even with too many new entries to walk on the page, the checkpoint lookup still runs.
    const busy = await auditChainStatus(db, { pageCheckLimit: 0 });
    expect(busy.since.report).toBeNull();
    expect(busy.rechained).toEqual({ verificationId: first.id, throughId: first.throughId });
    // The chain itself is consistent again; the checkpoint is what gives it away.
    const later = await runAuditVerification(
      db,
      new Date(Date.now() + FULL_VERIFICATION_EVERY_MS + 60_000),
    );
    expect(later).toMatchObject({
      status: "done",
      ok: false,
      rechainedSince: first.id,
      firstBrokenId: null,
      headMismatch: false,
    });
    expect((await auditChainStatus(db)).last).toMatchObject({ id: later!.id, ok: false });
  });

  it("an edit before the checkpoint, without re-chaining, is the next full run's to find (the page re-checks only what came after)", async () => {
    const db = testDb();
    await write(5);
    await runAuditVerification(db);
    const [early] = await db.select().from(auditLog).where(eq(auditLog.entityId, "x0"));
    await editAsSuperuser(sql`UPDATE audit_log SET data = '{"i": 7}' WHERE id = ${early!.id}`);
    expect((await auditChainStatus(db)).since.report?.ok).toBe(true);
    const next = await runAuditVerification(
      db,
      new Date(Date.now() + FULL_VERIFICATION_EVERY_MS + 60_000),
    );
    expect(next).toMatchObject({ ok: false, firstBrokenId: early!.id });
  });

  it("verification records cannot be forged, moved, deleted or stamped in the future", async () => {
    const db = testDb();
    await write(2);
    const run = (await runAuditVerification(db))!;
    await expect(
      db.insert(auditVerifications).values({ status: "done", ok: true, finishedAt: new Date() }),
    ).rejects.toThrow();
    await expect(
      db.update(auditVerifications).set({ throughId: 1 }).where(eq(auditVerifications.id, run.id)),
    ).rejects.toThrow();
    await expect(
      db.delete(auditVerifications).where(eq(auditVerifications.id, run.id)),
    ).rejects.toThrow();
    const [queued] = await db.insert(auditVerifications).values({ status: "queued" }).returning();
    // Not straight from queued to a finished result, nor a running row with a result, nor a finish in the future.
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => "accepted",
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    const setQueued = (values: Partial<typeof auditVerifications.$inferInsert>) =>
      db.update(auditVerifications).set(values).where(eq(auditVerifications.id, queued!.id));
    expect(
      await refusal(
        setQueued({
          status: "done",
          ok: true,
          throughId: 1,
          throughHash: "ab".repeat(32),
          finishedAt: new Date(),
        }),
      ),
    ).toMatch(/queued → done is not allowed/);
    expect(await refusal(setQueued({ status: "running", ok: true }))).toMatch(/no result/);
    await setQueued({ status: "running", startedAt: new Date() });
    expect(
      await refusal(
        setQueued({ status: "done", ok: true, finishedAt: new Date(Date.now() + 86_400_000) }),
      ),
    ).toMatch(/future/);
    expect(
      await db.select().from(auditVerifications).where(eq(auditVerifications.id, run.id)),
    ).toEqual([run]);
  });

  it("with no full verification yet, the page checks a small log whole", async () => {
    await write(3);
    const status = await auditChainStatus(testDb());
    expect(status.last).toBeNull();
    expect(status.since).toMatchObject({ entries: 3, report: { ok: true, checked: 3 } });
  });

  it("a run left 'running' by a stopped worker is marked failed, and the page reports it", async () => {
    const db = testDb();
    await write(1);
    const now = new Date();
    await db.insert(auditVerifications).values({
      status: "running",
      startedAt: new Date(now.getTime() - ABANDONED_AFTER_MS - 60_000),
    });
    // While it counts as running, nothing else starts.
    expect(await runAuditVerification(db, new Date(now.getTime() - ABANDONED_AFTER_MS))).toBeNull();
    const run = await runAuditVerification(db, now);
    expect(run).toMatchObject({ status: "done", ok: true });
    const [failed] = await db
      .select()
      .from(auditVerifications)
      .where(eq(auditVerifications.status, "failed"));
    expect(failed!.error).toMatch(/abandoned/);
    // The failure is older than the successful run, so the page no longer raises it.
    expect((await auditChainStatus(db)).lastFailure).toBeNull();
  });
});
