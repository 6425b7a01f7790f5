import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { decisions, outboundEmails, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { isAppError } from "@/lib/server/app-error";
import { recordDecisionSchema } from "./decision-schema";
import { recordDecision } from "./record-decision";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

async function input(requestId: string, patch: Record<string, unknown>) {
  const [r] = await testDb().select().from(refundRequests).where(eq(refundRequests.id, requestId));
  return recordDecisionSchema.parse({
    requestId,
    version: r!.version,
    idempotencyKey: randomUUID(),
    ...patch,
  });
}

const fieldErrorsOf = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(err)) throw new Error(`expected an AppError, got ${String(err)}`);
  return Object.keys(err.fieldErrors ?? {});
};

describe("recordDecision: fewer keystrokes, same rules", () => {
  it("approves as recommended without a note; the record says it followed the recommendation", async () => {
    const f = await makeRequestFixture(testDb());
    const reviewer = await makeUser(testDb(), "reviewer");
    const res = await recordDecision(testDb(), {
      input: await input(f.requestId, {
        kind: "approve",
        clauses: ["VN-BAL-OUTAGE-24H"],
        amount: "3.00",
        currency: "USD",
        destination: "balance",
      }),
      actor: { id: reviewer.id, manager: false },
    });
    expect(res).toMatchObject({ status: "decided", override: false });
    const [d] = await testDb().select().from(decisions);
    expect(d!.note).toBe("As recommended.");
  });

  it("a deviation still needs a justification, with or without a note", async () => {
    const f = await makeRequestFixture(testDb());
    const reviewer = await makeUser(testDb(), "reviewer");
    const deviating = {
      kind: "approve",
      clauses: ["VN-BAL-OUTAGE-24H"],
      amount: "2.00",
      currency: "USD",
      destination: "balance",
    };
    expect(
      await fieldErrorsOf(
        recordDecision(testDb(), {
          input: await input(f.requestId, deviating),
          actor: { id: reviewer.id, manager: false },
        }),
      ),
    ).toEqual(["justification"]);
    expect(await testDb().select().from(decisions)).toHaveLength(0);
  });

  it("without a recommendation to follow, a note is required", async () => {
    const f = await makeRequestFixture(testDb());
    const reviewer = await makeUser(testDb(), "reviewer");
    await ownerDb()
      .update(refundRequests)
      .set({ recOutcome: "manual_review", recAmountMinor: null })
      .where(eq(refundRequests.id, f.requestId));
    const deny = { kind: "deny", clauses: ["GEN-DENY-CHANGED-MIND"] };
    expect(
      await fieldErrorsOf(
        recordDecision(testDb(), {
          input: await input(f.requestId, deny),
          actor: { id: reviewer.id, manager: false },
        }),
      ),
    ).toEqual(["note"]);
    const res = await recordDecision(testDb(), {
      input: await input(f.requestId, { ...deny, note: "Customer admits changing their mind." }),
      actor: { id: reviewer.id, manager: false },
    });
    expect(res.status).toBe("closed");
  });

  it("requesting the missing items is no override, and the reply lists exactly the items ticked", async () => {
    const f = await makeRequestFixture(testDb());
    const reviewer = await makeUser(testDb(), "reviewer");
    await ownerDb()
      .update(refundRequests)
      .set({ missing: ["paymentDetails"] })
      .where(eq(refundRequests.id, f.requestId));
    const res = await recordDecision(testDb(), {
      input: await input(f.requestId, {
        kind: "request_info",
        clauses: ["REQ-INCOMPLETE"],
        askedItems: ["paymentDetails", "reason"],
      }),
      actor: { id: reviewer.id, manager: false },
    });
    expect(res).toMatchObject({ status: "awaiting_customer", override: false });
    const [reply] = await testDb()
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, f.requestId));
    expect(reply!.body).toContain(
      "  - bank requisites or other payment method details for the refund\n  - the reason for the refund\n",
    );
    expect(reply!.body).not.toContain("below");
  });

  it("asking a complete request for information is an override that needs a justification", async () => {
    const f = await makeRequestFixture(testDb());
    const reviewer = await makeUser(testDb(), "reviewer");
    const ask = { kind: "request_info", clauses: ["REQ-INCOMPLETE"], askedItems: ["reason"] };
    expect(
      await fieldErrorsOf(
        recordDecision(testDb(), {
          input: await input(f.requestId, ask),
          actor: { id: reviewer.id, manager: false },
        }),
      ),
    ).toEqual(["justification"]);
  });
});
