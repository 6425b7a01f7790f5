import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { eq, gte, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditChainHead, auditLog, auditVerifications } from "@/db/schema";
import { asSuperuser, closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { Db } from "@/db/client";
import type { AnchorLog } from "./audit-anchors";
import { auditChainStatus, runAuditVerification } from "./audit-verifications";
import { FULL_VERIFICATION_EVERY_MS } from "./claim-audit-verification";
import { auditHashV2, recordAudit } from "./record-audit";

const write = async (n: number, tag: string) => {
  for (let i = 0; i < n; i++)
    await testDb().transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "request.created",
        entityType: "test",
        entityId: `${tag}${i}`,
        data: { i },
      }),
    );
};

/** A superuser's rewrite: entries from `fromId` on given new content, every hash from there recomputed, the head moved to match. */
async function rechainFrom(tx: Db, fromId: number, edit: (id: number) => unknown = () => null) {
  const rows = await tx.select().from(auditLog).orderBy(auditLog.id);
  let prev = rows.find((r) => r.id === fromId)!.prevHash;
  let prevOfLast = prev;
  for (const r of rows.filter((x) => x.id >= fromId)) {
    const data = (edit(r.id) ?? r.data) as Record<string, unknown>;
    const { actorId, action, entityType, entityId, at } = r;
    const hash = auditHashV2(prev, { actorId, action, entityType, entityId, at, data });
    await tx.update(auditLog).set({ data, prevHash: prev, hash }).where(eq(auditLog.id, r.id));
    prevOfLast = prev;
    prev = hash;
  }
  await tx.update(auditChainHead).set({ prevHash: prevOfLast, hash: prev });
}

const folders: string[] = [];
const anchorLog = (): AnchorLog => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-anchors-"));
  folders.push(dir);
  return { file: path.join(dir, "audit-anchors.log"), key: randomBytes(32).toString("base64url") };
};
const later = (k: number) => new Date(Date.now() + k * (FULL_VERIFICATION_EVERY_MS + 60_000));

describe("audit anchors outside the database", () => {
  let log: AnchorLog;
  beforeEach(async () => {
    await resetDatabase();
    log = anchorLog();
  });
  afterAll(async () => {
    await closeTestDb();
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("each full verification appends one signed line with its checkpoint and its own entry, and the page finds them matching", async () => {
    const db = testDb();
    await write(3, "a");
    const first = (await runAuditVerification(db, new Date(), { anchors: log }))!;
    await write(2, "b");
    const second = (await runAuditVerification(db, later(1), { anchors: log }))!;
    const lines = fs
      .readFileSync(log.file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [own] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(second.id)));
    expect(lines[1]).toMatchObject({
      verificationId: second.id,
      ok: true,
      throughId: second.throughId,
      throughHash: second.throughHash,
      entryId: own!.id,
      entryHash: own!.hash,
      prev: lines[0].mac,
    });
    expect(lines[0]).toMatchObject({ verificationId: first.id, prev: "" });
    expect((await auditChainStatus(db, { anchors: log })).anchors).toEqual({
      configured: true,
      checked: 2,
      mismatch: null,
    });
  });

  it("re-chaining everything after a checkpoint, the database's own checkpoints rewritten to match, shows at the next check", async () => {
    const db = testDb();
    await write(4, "a");
    await runAuditVerification(db, new Date(), { anchors: log });
    await write(4, "b");
    const second = (await runAuditVerification(db, later(1), { anchors: log }))!;
    const [edited] = await db.select().from(auditLog).where(eq(auditLog.entityId, "b1"));
    await asSuperuser(async (tx) => {
      await rechainFrom(tx, edited!.id, (id) => (id === edited!.id ? { i: 1000 } : null));
      const [moved] = await tx.select().from(auditLog).where(eq(auditLog.id, second.throughId!));
      await tx
        .update(auditVerifications)
        .set({ throughHash: moved!.hash })
        .where(eq(auditVerifications.id, second.id));
    });
    // Inside the database everything agrees again: only the anchors can tell.
    const alone = await auditChainStatus(db, { anchors: null });
    expect(alone.since.report).toMatchObject({ ok: true });
    const page = await auditChainStatus(db, { anchors: log });
    expect(page.anchors.mismatch).toMatch(
      new RegExp(
        `full verification #${second.id}'s checkpoint in the database \\(entry #${second.throughId}, .*\\) differs from its anchor`,
      ),
    );
    const next = await runAuditVerification(db, later(2), { anchors: log });
    expect(next).toMatchObject({ status: "done", ok: false, firstBrokenId: null });
    expect(next!.anchorMismatch).toContain(`full verification #${second.id}`);
  });

  it("rewriting entries after the last checkpoint (re-chained, head moved) shows: the run's own entry no longer carries its anchored hash", async () => {
    const db = testDb();
    await write(4, "a");
    const run = (await runAuditVerification(db, new Date(), { anchors: log }))!;
    const [own] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(run.id)));
    await asSuperuser((tx) =>
      rechainFrom(tx, own!.id, (id) => (id === own!.id ? { ok: true, checked: 999 } : null)),
    );
    expect((await auditChainStatus(db, { anchors: null })).since.report).toMatchObject({
      ok: true,
    });
    expect((await auditChainStatus(db, { anchors: log })).anchors.mismatch).toMatch(
      new RegExp(
        `entry #${own!.id}, full verification #${run.id}'s own audit.verified entry, no longer carries the anchored hash`,
      ),
    );
  });

  it("deleting the tail and setting the head back shows, and so does taking the verification away with it", async () => {
    const db = testDb();
    await write(4, "a");
    const run = (await runAuditVerification(db, new Date(), { anchors: log }))!;
    const [own] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(run.id)));
    await asSuperuser(async (tx) => {
      await tx.delete(auditLog).where(gte(auditLog.id, own!.id));
      await tx.update(auditChainHead).set({ prevHash: own!.prevHash, hash: own!.prevHash });
    });
    expect((await auditChainStatus(db, { anchors: null })).since.report).toMatchObject({
      ok: true,
    });
    expect((await auditChainStatus(db, { anchors: log })).anchors.mismatch).toMatch(
      new RegExp(`entry #${own!.id}, .* is missing: the log was cut back`),
    );
    await asSuperuser(async (tx) => {
      await tx.delete(auditLog).where(gte(auditLog.id, run.throughId!));
      await tx.execute(sql`DELETE FROM audit_verifications`);
    });
    expect((await auditChainStatus(db, { anchors: log })).anchors.mismatch).toMatch(
      new RegExp(`full verification #${run.id} \\(anchored .*\\) is missing from the database`),
    );
  });

  it("a line edited, forged without the key, or taken out of the middle of the file shows", async () => {
    const db = testDb();
    for (const k of [0, 1, 2]) {
      await write(1, `k${k}`);
      await runAuditVerification(db, later(k), { anchors: log });
    }
    const lines = fs.readFileSync(log.file, "utf8").trim().split("\n");
    const status = async (text: string) => {
      fs.writeFileSync(log.file, text);
      return (await auditChainStatus(db, { anchors: log })).anchors.mismatch;
    };
    const edited = JSON.parse(lines[1]!) as Record<string, unknown>;
    edited.throughHash = "ab".repeat(32);
    expect(await status([lines[0], JSON.stringify(edited), lines[2]].join("\n"))).toMatch(
      /line 2 of the anchor file is not signed with AUDIT_ANCHOR_KEY/,
    );
    expect(await status([lines[0], lines[2]].join("\n"))).toMatch(
      /line 2 of the anchor file does not follow the line before it/,
    );
    expect(await status([lines[0], lines[1], lines[2]].join("\n"))).toBeNull();
  });
});
