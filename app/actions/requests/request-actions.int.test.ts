import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  inject,
  onTestFinished,
} from "vitest";
import postgres from "postgres";
import { auditLog, decisions, outboundEmails, payouts, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { SessionUser } from "@/lib/auth/current-user";
import { resetEnvCache } from "@/lib/env";
import { sealedKeyId } from "@/lib/ingest/secret-box";
import { sealingKeyring } from "@/lib/sealing/keyring-from-env";
import type { z } from "zod";
import type { recordDecisionSchema } from "@/lib/decisions/decision-schema";

// The session is the one thing these tests choose; everything after it (permission table, zod, domain, database) is real.
let sessionUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { recordDecisionAction } = await import("./record-decision-action");
const { assignRequestAction } = await import("./assign-request-action");
const { claimNextRequestAction } = await import("./claim-next-request-action");
const { assignRequestsAction } = await import("./assign-requests-action");
const { correctRequestFieldAction } = await import("./correct-request-field-action");
const { relinkRequestAction } = await import("./relink-request-action");
const { reopenDecisionAction } = await import("../decisions/reopen-decision-action");

type U = Awaited<ReturnType<typeof makeUser>>;
let reviewer: U, reviewer2: U, manager: U, admin: U;
const as = (u: U | null) => {
  sessionUser = u ? { id: u.id, email: u.email, name: u.name, role: u.role } : null;
};

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  const db = testDb();
  [reviewer, reviewer2, manager, admin] = await Promise.all([
    makeUser(db, "reviewer"),
    makeUser(db, "reviewer"),
    makeUser(db, "manager"),
    makeUser(db, "admin"),
  ]);
});
afterAll(() => closeTestDb());

type DecisionInput = z.input<typeof recordDecisionSchema>;

async function decisionInput(
  requestId: string,
  patch: Record<string, unknown> = {},
): Promise<DecisionInput> {
  const [r] = await testDb().select().from(refundRequests).where(eq(refundRequests.id, requestId));
  // Patches may be deliberately invalid: the action's own validation is what those tests check.
  return {
    requestId,
    version: r!.version,
    idempotencyKey: randomUUID(),
    kind: "approve",
    clauses: ["VN-BAL-OUTAGE-24H"],
    note: "Outage over 24 hours",
    amount: "3.00",
    currency: "USD",
    destination: "balance",
    ...patch,
  } as DecisionInput;
}
const count = async (t: typeof decisions | typeof payouts) =>
  (await testDb().select().from(t)).length;

describe("recordDecisionAction", () => {
  it("approves as recommended: decision, pending payout, queued reply and audit in one go", async () => {
    const heard: string[] = [];
    const listener = postgres(inject("databaseUrl"), { max: 1, onnotice: () => undefined });
    onTestFinished(() => listener.end());
    await listener.listen("job_send_reply", (payload) => heard.push(payload));
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const res = await recordDecisionAction(await decisionInput(f.requestId));
    expect(res).toMatchObject({ ok: true, data: { status: "decided", override: false } });
    const [p] = await testDb().select().from(payouts);
    expect(p).toMatchObject({
      source: "decision",
      orderId: f.orderId,
      customerId: f.customerId,
      amountMinor: 300,
      currency: "USD",
      destination: "balance",
      state: "pending",
    });
    const [reply] = await testDb()
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, f.requestId));
    // Queued with the decision; the queue trigger's NOTIFY wakes the job runner, which sends it.
    expect(reply!.state).toBe("queued");
    await expect
      .poll(() => heard.map((p) => JSON.parse(p) as unknown))
      .toContainEqual({ outboundId: reply!.id });
    expect(reply!.inReplyTo).toBe(f.messageId);
    expect(reply!.references).toEqual([f.messageId]);
    expect(reply!.subject).toContain(f.ref);
    const actions = (
      await testDb().select().from(auditLog).where(eq(auditLog.entityId, f.requestId))
    ).map((a) => a.action);
    expect(actions).toContain("decision.recorded");
  });

  it("refuses a role without decisions.write, and a signed-out caller, writing nothing", async () => {
    const f = await makeRequestFixture(testDb());
    as(admin);
    expect(await recordDecisionAction(await decisionInput(f.requestId))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    as(null);
    expect(await recordDecisionAction(await decisionInput(f.requestId))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await count(decisions)).toBe(0);
  });

  it.each([
    ["a negative amount", { amount: "-3.00" }, "amount"],
    ["an amount over what was paid", { amount: "30.01" }, "amount"],
    ["an unknown clause", { clauses: ["VN-MADE-UP"] }, "clauses"],
    ["no clause on a deny", { kind: "deny", clauses: [] }, "clauses"],
    [
      "a request for information asking for nothing",
      { kind: "request_info", clauses: ["REQ-INCOMPLETE"], askedItems: [] },
      "askedItems",
    ],
    ["the wrong currency", { currency: "EUR" }, "currency"],
    ["an override without justification", { amount: "2.00" }, "justification"],
  ])("rejects %s with a field error and changes nothing", async (_label, patch, field) => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const res = await recordDecisionAction(await decisionInput(f.requestId, patch));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(Object.keys(res.fieldErrors ?? {})).toContain(field);
    expect(await count(decisions)).toBe(0);
    expect(await count(payouts)).toBe(0);
    const [r] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(r!.status).toBe("to_review");
  });

  it("records an override when justified", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const res = await recordDecisionAction(
      await decisionInput(f.requestId, { amount: "2.00", justification: "Agreed goodwill amount" }),
    );
    expect(res).toMatchObject({ ok: true, data: { override: true } });
    const [d] = await testDb().select().from(decisions);
    expect(d).toMatchObject({
      override: true,
      amountMinor: 200,
      justification: "Agreed goodwill amount",
    });
  });

  it("rejects a stale form with what changed, and writes nothing", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const input = await decisionInput(f.requestId);
    as(manager);
    expect(
      (
        await correctRequestFieldAction({
          requestId: f.requestId,
          version: input.version,
          field: "serviceName",
          value: "UK number",
        })
      ).ok,
    ).toBe(true);
    as(reviewer);
    const res = await recordDecisionAction(input);
    expect(res).toMatchObject({ ok: false, code: "STALE" });
    if (!res.ok) expect(JSON.stringify(res.details)).toContain("request.field_corrected");
    expect(await count(decisions)).toBe(0);
  });

  it("makes one decision from a double submit of the same form", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const input = await decisionInput(f.requestId);
    const [a, b] = await Promise.all([recordDecisionAction(input), recordDecisionAction(input)]);
    expect(a.ok && b.ok).toBe(true);
    expect(await count(decisions)).toBe(1);
    expect(await count(payouts)).toBe(1);
  });

  it("refuses to decide a request assigned to someone else unless taking it over, which is recorded", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer2);
    expect((await assignRequestAction({ requestId: f.requestId, mode: "claim" })).ok).toBe(true);
    as(reviewer);
    expect(await recordDecisionAction(await decisionInput(f.requestId))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const res = await recordDecisionAction(await decisionInput(f.requestId, { takeOver: "on" }));
    expect(res.ok).toBe(true);
    const [entry] = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "decision.recorded"));
    expect((entry!.data as { takenOverFrom: string }).takenOverFrom).toBe(reviewer2.id);
  });

  it("a recorded decision is read-only: a reviewer is refused, a manager reopens it and the next decision supersedes it", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    expect((await recordDecisionAction(await decisionInput(f.requestId))).ok).toBe(true);
    const deny = {
      kind: "deny",
      clauses: ["VN-DENY-OUTAGE-UNDER-24H"],
      justification: "Outage was caused by the client",
      takeOver: "on",
    };
    const again = await recordDecisionAction(await decisionInput(f.requestId, deny));
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!again.ok) expect(again.message).toMatch(/only a manager can reopen/i);
    as(reviewer);
    const [r] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(
      await reopenDecisionAction({
        requestId: f.requestId,
        version: r!.version,
        reason: "Outage was the client's",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(manager);
    expect(
      (
        await reopenDecisionAction({
          requestId: f.requestId,
          version: r!.version,
          reason: "Outage was the client's",
        })
      ).ok,
    ).toBe(true);
    expect((await recordDecisionAction(await decisionInput(f.requestId, deny))).ok).toBe(true);
    const ds = await testDb().select().from(decisions);
    expect(ds).toHaveLength(2);
    expect(ds.find((d) => d.kind === "deny")!.supersedesId).toBe(
      ds.find((d) => d.kind === "approve")!.id,
    );
    const [p] = await testDb().select().from(payouts);
    expect(p!.state).toBe("cancelled");
    const replies = await testDb()
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, f.requestId));
    expect(replies.find((m) => m.body.includes("corrects our decision"))).toBeDefined();
  });

  it("a form key reused on another request is refused", async () => {
    const f = await makeRequestFixture(testDb());
    const g = await makeRequestFixture(testDb());
    as(reviewer);
    const first = await decisionInput(f.requestId);
    expect((await recordDecisionAction(first)).ok).toBe(true);
    expect(
      await recordDecisionAction({
        ...(await decisionInput(g.requestId)),
        idempotencyKey: first.idempotencyKey,
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await count(decisions)).toBe(1);
  });

  it("a direct refund needs a payment to refund to, or an alternative method with the customer's details", async () => {
    const f = await makeRequestFixture(testDb());
    await testDb().execute(sql`UPDATE orders SET payment_ref = NULL WHERE id = ${f.orderId}`);
    as(reviewer);
    const res = await recordDecisionAction(
      await decisionInput(f.requestId, {
        destination: "direct",
        justification: "Customer asked for the card",
      }),
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(Object.keys(res.fieldErrors ?? {})).toContain("alternativeMethod");
    const ok = await recordDecisionAction(
      await decisionInput(f.requestId, {
        destination: "direct",
        justification: "Customer asked for the card",
        alternativeMethod: "bank transfer",
      }),
    );
    expect(ok.ok).toBe(true);
    const [p] = await testDb().select().from(payouts);
    expect(p).toMatchObject({ destination: "direct", alternativeMethod: "bank transfer" });
    // Sealed under the current key (the v2 format names it).
    expect(sealedKeyId(p!.alternativeDetailsSealed!)).toBe(sealingKeyring().current.id);
  });
});

describe("assignment actions", () => {
  it("next request gives two concurrent reviewers different requests", async () => {
    const db = testDb();
    await makeRequestFixture(db);
    await makeRequestFixture(db);
    as(reviewer);
    const a = claimNextRequestAction({});
    as(reviewer2);
    const b = claimNextRequestAction({});
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok && rb.ok).toBe(true);
    if (ra.ok && rb.ok) expect(ra.data!.id).not.toBe(rb.data!.id);
  });

  it("with nothing unassigned, next request reopens the caller's own request without claiming or auditing; else says there is nothing", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const first = await claimNextRequestAction({});
    expect(first).toMatchObject({ ok: true, data: { id: f.requestId, resumed: false } });
    const audited = async () =>
      (await testDb().select().from(auditLog).where(eq(auditLog.entityId, f.requestId))).length;
    const [before] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    const entries = await audited();
    expect(await claimNextRequestAction({})).toMatchObject({
      ok: true,
      data: { id: f.requestId, resumed: true },
    });
    const [after] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(after!.version).toBe(before!.version);
    expect(await audited()).toBe(entries);
    // Someone else's request is never handed out.
    as(reviewer2);
    expect(await claimNextRequestAction({})).toEqual({ ok: true, data: null });
  });

  it("bulk: a reviewer claims several requests at once, each audited; a manager hands them to someone else", async () => {
    const db = testDb();
    const fs = await Promise.all([
      makeRequestFixture(db),
      makeRequestFixture(db),
      makeRequestFixture(db),
    ]);
    const ids = fs.map((f) => f.requestId);
    as(reviewer);
    expect(await assignRequestsAction({ requestIds: ids, mode: "claim" })).toMatchObject({
      ok: true,
      data: { changed: 3, assigneeId: reviewer.id },
    });
    // Claiming again changes nothing and audits nothing.
    expect(await assignRequestsAction({ requestIds: ids, mode: "claim" })).toMatchObject({
      ok: true,
      data: { changed: 0 },
    });
    const claimed = await db.select().from(auditLog).where(eq(auditLog.action, "request.claimed"));
    expect(claimed.map((a) => a.entityId).sort()).toEqual([...ids].sort());
    as(manager);
    expect(
      await assignRequestsAction({
        requestIds: ids.slice(0, 2),
        mode: "assign",
        assigneeId: reviewer2.id,
      }),
    ).toMatchObject({ ok: true, data: { changed: 2 } });
    const rows = await db.select().from(refundRequests);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.assigneeId]))).toEqual({
      [ids[0]!]: reviewer2.id,
      [ids[1]!]: reviewer2.id,
      [ids[2]!]: reviewer.id,
    });
  });

  it("bulk: one request someone else holds refuses the whole claim, naming it, and nothing changes", async () => {
    const db = testDb();
    const [a, b] = await Promise.all([makeRequestFixture(db), makeRequestFixture(db)]);
    as(reviewer2);
    expect((await assignRequestsAction({ requestIds: [b!.requestId], mode: "claim" })).ok).toBe(
      true,
    );
    const before = await db.select().from(refundRequests).orderBy(refundRequests.id);
    as(reviewer);
    const res = await assignRequestsAction({
      requestIds: [a!.requestId, b!.requestId],
      mode: "claim",
    });
    expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!res.ok) expect(res.message).toContain(b!.ref);
    expect(await db.select().from(refundRequests).orderBy(refundRequests.id)).toEqual(before);
    // A reviewer cannot hand requests to someone else, nor release another's; bad input is refused by field.
    expect(
      await assignRequestsAction({
        requestIds: [a!.requestId],
        mode: "assign",
        assigneeId: reviewer2.id,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await assignRequestsAction({ requestIds: [b!.requestId], mode: "release" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const empty = await assignRequestsAction({ requestIds: [], mode: "claim" });
    expect(empty).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { requestIds: ["Select at least one request"] },
    });
    expect(
      await assignRequestsAction({
        requestIds: Array.from({ length: 51 }, () => randomUUID()),
        mode: "claim",
      }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(
      await assignRequestsAction({ requestIds: [a!.requestId, randomUUID()], mode: "claim" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Assigning to oneself is a claim: it cannot take a colleague's request either.
    expect(
      await assignRequestsAction({
        requestIds: [a!.requestId, b!.requestId],
        mode: "assign",
        assigneeId: reviewer.id,
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    as(admin);
    expect(await assignRequestsAction({ requestIds: [a!.requestId], mode: "claim" })).toMatchObject(
      { ok: false, code: "FORBIDDEN" },
    );
    expect(await db.select().from(refundRequests).orderBy(refundRequests.id)).toEqual(before);
  });

  it("bulk: releasing a selection that includes unassigned requests releases the caller's and leaves the rest", async () => {
    const db = testDb();
    const [mine, free] = await Promise.all([makeRequestFixture(db), makeRequestFixture(db)]);
    as(reviewer);
    await assignRequestsAction({ requestIds: [mine!.requestId], mode: "claim" });
    expect(
      await assignRequestsAction({
        requestIds: [mine!.requestId, free!.requestId],
        mode: "release",
      }),
    ).toMatchObject({ ok: true, data: { changed: 1 } });
    expect((await db.select().from(refundRequests)).every((r) => r.assigneeId === null)).toBe(true);
  });

  it("refuses admins, and refuses reviewers assigning to someone else", async () => {
    const f = await makeRequestFixture(testDb());
    as(admin);
    expect(await claimNextRequestAction({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(reviewer);
    expect(
      await assignRequestAction({
        requestId: f.requestId,
        mode: "assign",
        assigneeId: reviewer2.id,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(manager);
    expect(
      await assignRequestAction({
        requestId: f.requestId,
        mode: "assign",
        assigneeId: reviewer2.id,
      }),
    ).toMatchObject({ ok: true });
    as(reviewer);
    expect(await assignRequestAction({ requestId: f.requestId, mode: "claim" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});

describe("correcting and re-linking", () => {
  it("a corrected amount is audited with before/after and re-evaluated", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const [r] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(r!.recOutcome).toBe("approve");
    const res = await correctRequestFieldAction({
      requestId: f.requestId,
      version: r!.version,
      field: "amount",
      value: "10.00",
    });
    expect(res.ok).toBe(true);
    const [after] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(after!.amountRequestedMinor).toBe(1000);
    expect(after!.recOutcome).toBe("partial");
    const [entry] = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "request.field_corrected"));
    expect(entry!.data).toMatchObject({
      field: "amount",
      before: { amountRequestedMinor: 300 },
      after: { amountRequestedMinor: 1000 },
    });
  });

  it("refuses a currency that is not ISO 4217 and a NUL in a note with field errors", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const [r] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    const xyz = await correctRequestFieldAction({
      requestId: f.requestId,
      version: r!.version,
      field: "currency",
      value: "XYZ",
    });
    expect(xyz).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!xyz.ok) expect(Object.keys(xyz.fieldErrors ?? {})).toEqual(["value"]);
    const nul = await recordDecisionAction(
      await decisionInput(f.requestId, { note: "Outage\u0000 over 24 hours" }),
    );
    expect(nul).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!nul.ok) expect(Object.keys(nul.fieldErrors ?? {})).toEqual(["note"]);
    expect(await count(decisions)).toBe(0);
    const [after] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(after!.version).toBe(r!.version);
  });

  it("rejects a malformed amount, a stale version and an unknown order, changing nothing", async () => {
    const f = await makeRequestFixture(testDb());
    as(reviewer);
    const [r] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(
      await correctRequestFieldAction({
        requestId: f.requestId,
        version: r!.version,
        field: "amount",
        value: "ten",
      }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(
      await correctRequestFieldAction({
        requestId: f.requestId,
        version: r!.version + 5,
        field: "amount",
        value: "1.00",
      }),
    ).toMatchObject({ ok: false, code: "STALE" });
    expect(
      await relinkRequestAction({
        requestId: f.requestId,
        version: r!.version,
        orderRef: "ORD-999999999",
      }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    as(admin);
    expect(
      await relinkRequestAction({
        requestId: f.requestId,
        version: r!.version,
        orderRef: f.orderRef,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const [after] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(after!.version).toBe(r!.version);
  });
});
