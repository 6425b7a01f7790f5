import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { auditLog, outboundEmails, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { correctRequestField } from "./correct-request-field";
import { unsealPaymentDetail } from "./seal-payment-detail";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

const NO_PAYMENT = (orderRef: string) =>
  `Hello, my UK rented number (order ${orderRef}) did not work for 3 days. Please refund $3.00.`;

describe("correcting extracted fields", () => {
  it("payment details are stored sealed, shown masked, audited masked; completing the request withdraws the unsent missing-details draft", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { body: NO_PAYMENT("ORDER") });
    const reviewer = await makeUser(db, "reviewer");
    const [before] = await db
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(before).toMatchObject({ status: "awaiting_customer", missing: ["paymentDetails"] });
    const [draft] = await db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, f.requestId));
    expect(draft!.state).toBe("draft");

    const res = await correctRequestField(db, {
      actorId: reviewer.id,
      requestId: f.requestId,
      version: before!.version,
      field: "paymentDetails",
      detailKind: "iban",
      value: "DE89 3704 0044 0532 0130 00",
    });
    expect(res).toMatchObject({ completed: true, discardedReplies: 1 });
    const [after] = await db
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    expect(after).toMatchObject({
      status: "to_review",
      missing: [],
      paymentDetailKind: "iban",
      paymentDetailMasked: "DE89 •••• •••• 3000",
    });
    expect(after!.reviewBy).not.toBeNull();
    expect(unsealPaymentDetail(after!.paymentDetailSealed!)).toBe("DE89 3704 0044 0532 0130 00");
    const [withdrawn] = await db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.id, draft!.id));
    expect(withdrawn!.state).toBe("discarded");
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "request.field_corrected"));
    expect(JSON.stringify(audits.map((a) => a.data))).not.toContain("0532 0130");
    expect(audits[0]!.data).toMatchObject({
      completed: true,
      after: { paymentDetailMasked: "DE89 •••• •••• 3000" },
    });
  });

  it("phone numbers and order references are read as the app writes them; bad ones are refused", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const reviewer = await makeUser(db, "reviewer");
    const version = async () =>
      (await db.select().from(refundRequests).where(eq(refundRequests.id, f.requestId)))[0]!
        .version;
    await correctRequestField(db, {
      actorId: reviewer.id,
      requestId: f.requestId,
      version: await version(),
      field: "phoneNumbers",
      value: "+1 212-555-0147; 0044 20 7946 0018",
    });
    await correctRequestField(db, {
      actorId: reviewer.id,
      requestId: f.requestId,
      version: await version(),
      field: "orderRefs",
      value: "ord-1234567, 7654321",
    });
    const [r] = await db.select().from(refundRequests).where(eq(refundRequests.id, f.requestId));
    expect(r!.phoneNumbers).toEqual(["+12125550147", "+442079460018"]);
    expect(r!.orderRefs).toEqual(["ORD-1234567", "ORD-7654321"]);
    await expect(
      correctRequestField(db, {
        actorId: reviewer.id,
        requestId: f.requestId,
        version: await version(),
        field: "phoneNumbers",
        value: "call me",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
