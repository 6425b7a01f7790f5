import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailAttachments, inboundEmails, refundRequests } from "@/db/schema";
import { makeRequestFixture } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { describeFindings, scanPlaintext } from "./scan-plaintext";

const NBSP = "\u00a0";
const IBAN = "DE89 3704 0044 0532 0130 00";

describe("the plaintext scan", () => {
  let requestId: string;
  let emailId: string;

  beforeAll(async () => {
    await resetDatabase();
    setPipelineEnv();
    const fixture = await makeRequestFixture(testDb(), {
      body: `My number did not work. Refund to card 4111 1111 1111 1111 or IBAN ${IBAN}.`,
    });
    requestId = fixture.requestId;
    const [email] = await testDb().select({ id: inboundEmails.id }).from(inboundEmails);
    emailId = email!.id;
  });
  afterAll(async () => {
    // Nothing planted is left for the suite's final scan.
    await resetDatabase();
    await closeTestDb();
  });

  it("finds nothing in what the pipeline stored from an email quoting a card number and an IBAN", async () => {
    expect(describeFindings(await scanPlaintext(ownerDb()))).toBe("");
  });

  it("finds planted values in text, text[], jsonb and bytea however spaced, and a sealed column holding a value in the clear", async () => {
    await ownerDb()
      .update(refundRequests)
      .set({
        reasonText: "Refund to 4111-1111-1111-1111 please",
        phoneNumbers: ["+447700900123", "5555555555554444"],
        paymentDetailSealed: "4242 4242 4242 4242",
      })
      .where(eq(refundRequests.id, requestId));
    await ownerDb()
      .update(inboundEmails)
      // Few digits, spaced with non-breaking spaces: found only if the pre-filter allows them.
      .set({ extraction: { note: `iban NL91${NBSP}ABNA${NBSP}0417${NBSP}1643${NBSP}00` } as never })
      .where(eq(inboundEmails.id, emailId));
    const [att] = await ownerDb()
      .insert(emailAttachments)
      .values({
        emailId,
        filename: "card.txt",
        contentType: "text/plain",
        sizeBytes: 19,
        sha256: "x",
        content: Buffer.from("card 4111 1111 1111 1111\n"),
      })
      .returning({ id: emailAttachments.id });
    const [clearInSealed] = await ownerDb()
      .insert(emailAttachments)
      .values({
        emailId,
        filename: "notes.txt",
        contentType: "text/plain",
        sizeBytes: 5,
        sha256: "y",
        contentSealed: Buffer.from("notes"),
      })
      .returning({ id: emailAttachments.id });

    const found = await scanPlaintext(ownerDb());
    expect(new Set(found.map((f) => `${f.table}.${f.column} ${f.row} ${f.kind}`))).toEqual(
      new Set([
        `refund_requests.reason_text ${requestId} card`,
        `refund_requests.phone_numbers ${requestId} card`,
        `refund_requests.payment_detail_sealed ${requestId} unsealed`,
        `inbound_emails.extraction ${emailId} iban`,
        `email_attachments.content ${att!.id} card`,
        `email_attachments.content_sealed ${clearInSealed!.id} unsealed`,
      ]),
    );
    const report = describeFindings(found);
    expect(report).toContain(
      `refund_requests.payment_detail_sealed row ${requestId}: a value not in the sealed format`,
    );
    for (const value of ["4111", "4242 4242", "5555555555554444", "ABNA"])
      expect(report).not.toContain(value);
  });

  it("leaves alone numbers failing Luhn or mod-97 and digit runs inside longer tokens", async () => {
    await resetDatabase();
    const fixture = await makeRequestFixture(testDb());
    await ownerDb()
      .update(refundRequests)
      .set({
        reasonText:
          "order 4111111111111112, IBAN DE89370400440532013001, hash abc4111111111111111, ref 41111111111111114111",
      })
      .where(eq(refundRequests.id, fixture.requestId));
    expect(describeFindings(await scanPlaintext(ownerDb()))).toBe("");
  });
});
