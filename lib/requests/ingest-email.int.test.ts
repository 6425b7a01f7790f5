import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  auditLog,
  emailAttachments,
  inboundEmails,
  outboundEmails,
  refundRequests,
} from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { retryStuckEmails } from "@/lib/jobs/retry-stuck-emails";
import { findFullPaymentNumbers } from "@/lib/ingest/find-full-payment-numbers";
import { parseEmail } from "@/lib/ingest/parse-email";
import { sealedKeyId } from "@/lib/ingest/secret-box";
import { sealingKeyring } from "@/lib/sealing/keyring-from-env";
import { openStoredBytes, openStoredText } from "@/lib/sealing/open-sealed";
import { unsealPaymentDetail } from "./seal-payment-detail";
import { addWorkingDays, DEFAULT_CALENDAR } from "@/lib/policy";
import { ingestEmail } from "./ingest-email";
import { buildEml, COMPLETE_BODY } from "./test-support/build-eml";
import { readCorpus } from "./test-support/fixtures";
import { setPipelineEnv } from "./test-support/pipeline-env";
import { refuseRequestInserts } from "./test-support/refuse-request-inserts";
import { insertCustomer, insertOrder } from "./test-support/seed-accounts";

const db = () => testDb();
const count = async (
  table:
    typeof inboundEmails | typeof refundRequests | typeof outboundEmails | typeof emailAttachments,
) =>
  Number(
    (
      await db()
        .select({ n: sql<string>`count(*)` })
        .from(table)
    )[0]!.n,
  );
const emailRow = async (id: string) =>
  (await db().select().from(inboundEmails).where(eq(inboundEmails.id, id)))[0]!;
/** The stored message, opened from its sealed column. */
const storedRaw = (row: { raw: Buffer | null; rawSealed: Buffer | null }) =>
  openStoredBytes({ sealed: row.rawSealed, clear: row.raw });
/** Every full card number or IBAN in a value's clear text. */
const fullNumbersIn = (value: unknown) =>
  findFullPaymentNumbers(typeof value === "string" ? value : JSON.stringify(value));
const requestRow = async (id: string) =>
  (await db().select().from(refundRequests).where(eq(refundRequests.id, id)))[0]!;
const requestIdOf = (r: Awaited<ReturnType<typeof ingestEmail>>): string => {
  if (!r.outcome || r.outcome.kind === "quarantined")
    throw new Error(`expected a request, got ${JSON.stringify(r.outcome)}`);
  return r.outcome.requestId;
};

/** Has service, amount and reason, but no payment details. */
const MISSING_PAYMENT_BODY =
  "Hello,\nMy rented number +1 (212) 555-0147 is not working for two days now. I paid $19.99 for it.\nPlease refund.";
const CARD_REPLY_BODY =
  "Hi, here are the details you asked for: please refund to my card 4111 1111 1111 1111.\nThanks";

describe("ingestEmail: the one pipeline every channel feeds", () => {
  beforeAll(() => setPipelineEnv());
  beforeEach(async () => {
    setPipelineEnv();
    await resetDatabase();
  });
  afterAll(() => closeTestDb());

  describe("raw storage and duplicate delivery", () => {
    it("stores the raw bytes sealed under the current key, opening to them byte for byte, with their size and sha256", async () => {
      // CRLF and bare LF mixed, 8-bit UTF-8, a latin-1 byte, trailing spaces and no final newline: all must survive.
      const raw = Buffer.concat([
        buildEml({ messageId: "bytes-1@example.com", body: "Привет   \r\nline two\n\tindented  " }),
        Buffer.from([0xe9, 0x20, 0x0d, 0x0a, 0x2e, 0x20]),
      ]);
      const r = await ingestEmail(db(), { raw, channel: "upload" });
      const row = await emailRow(r.emailId);
      expect(row.raw).toBeNull();
      expect(Buffer.isBuffer(row.rawSealed)).toBe(true);
      expect(row.rawSealed!.includes(Buffer.from("bytes-1@example.com"))).toBe(false);
      expect(sealedKeyId(row.rawSealed!)).toBe(sealingKeyring().current.id);
      expect(storedRaw(row).equals(raw)).toBe(true);
      expect(row.sizeBytes).toBe(raw.length);
      expect(row.sha256).toBe(createHash("sha256").update(raw).digest("hex"));
      expect(row.dedupeKey).toBe("mid:bytes-1@example.com");
    });

    it("the same email twice (same Message-ID) makes one stored email and one request", async () => {
      const raw = buildEml({ messageId: "dup-1@example.com", body: COMPLETE_BODY });
      const first = await ingestEmail(db(), { raw, channel: "imap" });
      expect(first.duplicate).toBe(false);
      expect(first.outcome?.kind).toBe("created");
      const second = await ingestEmail(db(), { raw, channel: "webhook" });
      expect(second).toEqual({ emailId: first.emailId, duplicate: true, outcome: null });
      // A relay that rewrote a header still carries the same Message-ID: still the same email.
      const relayed = Buffer.concat([
        Buffer.from("Received: from relay.example.net by mx; Mon, 2 Mar 2026 10:00:05 +0000\r\n"),
        raw,
      ]);
      const third = await ingestEmail(db(), { raw: relayed, channel: "webhook" });
      expect(third.duplicate).toBe(true);
      expect(third.emailId).toBe(first.emailId);
      expect(await count(inboundEmails)).toBe(1);
      expect(await count(refundRequests)).toBe(1);
      // The stored bytes are the first delivery's.
      expect(storedRaw(await emailRow(first.emailId)).equals(raw)).toBe(true);
    });

    it("an email without Message-ID delivered twice is deduplicated by its raw hash", async () => {
      const raw = buildEml({ messageId: null, body: COMPLETE_BODY });
      const first = await ingestEmail(db(), { raw, channel: "webhook" });
      const second = await ingestEmail(db(), { raw: Buffer.from(raw), channel: "webhook" });
      expect(second.duplicate).toBe(true);
      expect(second.emailId).toBe(first.emailId);
      const row = await emailRow(first.emailId);
      expect(row.dedupeKey).toBe(`sha256:${createHash("sha256").update(raw).digest("hex")}`);
      expect(await count(inboundEmails)).toBe(1);
      expect(await count(refundRequests)).toBe(1);
      // Different bytes without a Message-ID are a different email.
      const other = await ingestEmail(db(), {
        raw: buildEml({ messageId: null, body: `${COMPLETE_BODY}\nP.S. second mail` }),
        channel: "webhook",
      });
      expect(other.duplicate).toBe(false);
      expect(await count(inboundEmails)).toBe(2);
    });
  });

  describe("threading", () => {
    it("a reply that arrives before the original ends on the same request as the original", async () => {
      const reply = buildEml({
        messageId: "ooo-reply@example.com",
        inReplyTo: "ooo-orig@example.com",
        references: ["ooo-orig@example.com"],
        subject: "Re: Rented number down for two days",
        body: CARD_REPLY_BODY,
        date: new Date("2026-03-05T11:00:00Z"),
      });
      const original = buildEml({
        messageId: "ooo-orig@example.com",
        subject: "Rented number down for two days",
        body: MISSING_PAYMENT_BODY,
        date: new Date("2026-03-05T10:00:00Z"),
      });
      const r1 = await ingestEmail(db(), {
        raw: reply,
        channel: "imap",
        receivedAt: new Date("2026-03-05T11:00:05Z"),
      });
      const r2 = await ingestEmail(db(), {
        raw: original,
        channel: "imap",
        receivedAt: new Date("2026-03-05T11:00:10Z"),
      });
      const requestId = requestIdOf(r1);
      expect(r2.outcome).toMatchObject({ kind: "reply", requestId });
      expect(await count(refundRequests)).toBe(1);
      expect((await emailRow(r1.emailId)).requestId).toBe(requestId);
      expect((await emailRow(r2.emailId)).requestId).toBe(requestId);
      const req = await requestRow(requestId);
      // Together the two messages complete it.
      expect(req.missing).toEqual([]);
      expect(req.status).toBe("to_review");
      expect(req.paymentDetailMasked).toBe("•••• 1111");
      expect(req.amountRequestedMinor).toBe(1999);
    });

    it("joins a reply by In-Reply-To, by References, and by the RR reference in the subject", async () => {
      const orig = await ingestEmail(db(), {
        raw: buildEml({ messageId: "t-orig@example.com", body: COMPLETE_BODY }),
        channel: "imap",
      });
      const requestId = requestIdOf(orig);
      const ref = orig.outcome?.kind === "created" ? orig.outcome.ref : "";
      expect(ref).toMatch(/^RR-\d{4}-\d{6}$/);

      const byInReplyTo = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "t-r1@example.com",
          inReplyTo: "t-orig@example.com",
          subject: "Re: Refund request",
          body: "Any news?",
        }),
        channel: "imap",
      });
      expect(byInReplyTo.outcome).toEqual({ kind: "reply", requestId, completed: false });

      // References only (no In-Reply-To), our id not first in the chain.
      const byReferences = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "t-r2@example.com",
          references: ["unknown-root@elsewhere.example", "t-orig@example.com"],
          subject: "Still waiting",
          body: "Hello?",
        }),
        channel: "imap",
      });
      expect(byReferences.outcome).toMatchObject({ kind: "reply", requestId });

      // A fresh message (no threading headers) quoting the request reference in the subject.
      const byRef = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "t-r3@example.com",
          from: "Someone Else <other@example.org>",
          subject: `About ${ref} please`,
          body: "Is it done?",
        }),
        channel: "webhook",
      });
      expect(byRef.outcome).toMatchObject({ kind: "reply", requestId });

      // Control: an unrelated message makes its own request.
      const unrelated = await ingestEmail(db(), {
        raw: buildEml({ messageId: "t-x@example.com", subject: "Refund", body: COMPLETE_BODY }),
        channel: "imap",
      });
      expect(unrelated.outcome?.kind).toBe("created");
      expect(await count(refundRequests)).toBe(2);
      const linked = await db()
        .select({ id: inboundEmails.id })
        .from(inboundEmails)
        .where(eq(inboundEmails.requestId, requestId));
      expect(linked).toHaveLength(4);
    });

    it("joins a reply to our outbound missing-information message by its Message-ID", async () => {
      const orig = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "ob-orig@example.com",
          subject: "Number down",
          body: MISSING_PAYMENT_BODY,
        }),
        channel: "imap",
      });
      const requestId = requestIdOf(orig);
      const [out] = await db()
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.requestId, requestId));
      expect(out).toBeDefined();
      // The customer's client only references our message, and the subject carries no RR reference.
      const reply = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "ob-reply@example.com",
          inReplyTo: out!.messageId,
          subject: "Your message",
          body: CARD_REPLY_BODY,
        }),
        channel: "imap",
      });
      expect(reply.outcome).toEqual({ kind: "reply", requestId, completed: true });
      expect(await count(refundRequests)).toBe(1);
    });
  });

  describe("REQ-INCOMPLETE: missing information", () => {
    it("drafts a reply asking for exactly the missing items, and a completing reply starts the review clock", async () => {
      const origReceived = new Date("2026-03-05T10:00:00Z"); // Thursday
      const replyReceived = new Date("2026-03-06T15:00:00Z"); // Friday 15:00 → review by Tuesday 15:00
      const orig = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "mi-orig@example.com",
          subject: "Rented number down for two days",
          body: MISSING_PAYMENT_BODY,
        }),
        channel: "imap",
        receivedAt: origReceived,
      });
      const requestId = requestIdOf(orig);
      let req = await requestRow(requestId);
      expect(req.status).toBe("awaiting_customer");
      expect(req.missing).toEqual(["paymentDetails"]);
      expect(req.completedAt).toBeNull();
      expect(req.reviewBy).toBeNull();
      expect(req.recOutcome).toBe("needs_info");

      const drafts = await db()
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.requestId, requestId));
      expect(drafts).toHaveLength(1);
      const d = drafts[0]!;
      expect(d.state).toBe("draft");
      expect(d.toAddress).toBe("customer@example.com");
      expect(d.inReplyTo).toBe("mi-orig@example.com");
      expect(d.references).toEqual(["mi-orig@example.com"]);
      expect(d.subject).toContain(req.ref);
      const asked = d.body.split("\n").filter((l) => l.startsWith("  - "));
      expect(asked).toEqual(["  - bank requisites or other payment method details for the refund"]);

      const reply = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "mi-reply@example.com",
          inReplyTo: d.messageId,
          references: ["mi-orig@example.com", d.messageId],
          subject: `Re: ${d.subject}`,
          body: CARD_REPLY_BODY,
        }),
        channel: "imap",
        receivedAt: replyReceived,
      });
      expect(reply.outcome).toEqual({ kind: "reply", requestId, completed: true });
      req = await requestRow(requestId);
      expect(req.status).toBe("to_review");
      expect(req.missing).toEqual([]);
      expect(req.completedAt?.toISOString()).toBe(replyReceived.toISOString());
      expect(req.receivedAt.toISOString()).toBe(origReceived.toISOString());
      expect(req.reviewBy?.toISOString()).toBe("2026-03-10T15:00:00.000Z");
      expect(req.reviewBy?.getTime()).toBe(
        addWorkingDays(replyReceived.getTime(), 2, DEFAULT_CALENDAR),
      );
      expect(req.paymentDetailKind).toBe("card");
      // No second "please send more" draft once complete.
      expect(await count(outboundEmails)).toBe(1);
      const actions = (
        await db().select({ a: auditLog.action }).from(auditLog).orderBy(asc(auditLog.at))
      ).map((r) => r.a);
      expect(actions).toContain("request.completed_by_reply");
    });

    it("asks for several missing items at once, and nothing for a complete request", async () => {
      const vague = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "mi-vague@example.com",
          subject: "Refund",
          body: "Hello, my rented number is not working. Please help.",
        }),
        channel: "imap",
      });
      const req = await requestRow(requestIdOf(vague));
      expect(req.missing.length).toBeGreaterThanOrEqual(2);
      const [d] = await db()
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.requestId, req.id));
      const asked = d!.body.split("\n").filter((l) => l.startsWith("  - "));
      expect(asked).toHaveLength(req.missing.length);
      const texts: Record<string, string> = {
        serviceName: "the name of the service",
        amount: "the amount you would like refunded",
        reason: "the reason for the refund",
        paymentDetails: "bank requisites or other payment method details",
      };
      for (const [item, text] of Object.entries(texts))
        expect(d!.body.includes(text)).toBe(req.missing.some((m) => m === item));

      const complete = await ingestEmail(db(), {
        raw: buildEml({ messageId: "mi-complete@example.com", body: COMPLETE_BODY }),
        channel: "imap",
      });
      const c = await requestRow(requestIdOf(complete));
      expect(c.status).toBe("to_review");
      expect(c.missing).toEqual([]);
      expect(c.completedAt?.getTime()).toBe(c.receivedAt.getTime());
      expect(c.reviewBy).not.toBeNull();
      expect(
        await db().select().from(outboundEmails).where(eq(outboundEmails.requestId, c.id)),
      ).toHaveLength(0);
    });
  });

  describe("account matching", () => {
    it("matches the sender (case-insensitively) to a customer and the quoted ORD- reference to their order", async () => {
      const c = await insertCustomer(db(), { email: "Anna.Kowalski@Example.com" });
      const o = await insertOrder(db(), { customerId: c.id, ref: "ORD-104233" });
      await insertOrder(db(), { customerId: c.id, ref: "ORD-104299" });
      const r = await ingestEmail(db(), {
        raw: buildEml({
          from: "Anna <anna.kowalski@example.com>",
          messageId: "m-1@example.com",
          body: COMPLETE_BODY,
        }),
        channel: "imap",
      });
      const req = await requestRow(requestIdOf(r));
      expect(req.customerId).toBe(c.id);
      expect(req.customerMatched).toBe(true);
      expect(req.orderId).toBe(o.id);
      expect(req.productKind).toBe("rented_number");
    });

    it("an unknown sender still makes a request, with customerMatched = false", async () => {
      const c = await insertCustomer(db(), { email: "known@example.com" });
      await insertOrder(db(), { customerId: c.id, ref: "ORD-700001" });
      const r = await ingestEmail(db(), {
        raw: buildEml({
          from: "stranger@example.net",
          messageId: "m-2@example.com",
          body: MISSING_PAYMENT_BODY,
        }),
        channel: "imap",
      });
      const req = await requestRow(requestIdOf(r));
      expect(req.customerMatched).toBe(false);
      expect(req.customerId).toBeNull();
      expect(req.orderId).toBeNull();
      expect(req.fromAddress).toBe("stranger@example.net");
    });

    it("finds the order (and through it the customer) by ORD- reference from an unknown address", async () => {
      const c = await insertCustomer(db(), { email: "owner@example.com" });
      const o = await insertOrder(db(), { customerId: c.id, ref: "ORD-104233" });
      const r = await ingestEmail(db(), {
        raw: buildEml({
          from: "work-address@corp.example",
          messageId: "m-3@example.com",
          body: COMPLETE_BODY,
        }),
        channel: "imap",
      });
      const req = await requestRow(requestIdOf(r));
      expect(req.orderId).toBe(o.id);
      expect(req.customerId).toBe(c.id);
      const [audit] = await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "request.created"));
      expect((audit!.data as { matchedBy: string[] }).matchedBy).toEqual([
        "order reference",
        "customer of the order",
      ]);
    });

    it("finds the order by the phone number quoted in any format", async () => {
      const c = await insertCustomer(db(), { email: "grace.kim@example.com" });
      await insertOrder(db(), {
        customerId: c.id,
        ref: "ORD-800001",
        phoneNumber: "+447911000000",
      });
      const byPhone = await insertOrder(db(), {
        customerId: c.id,
        ref: "ORD-800002",
        phoneNumber: "+12125550147",
      });
      const r = await ingestEmail(db(), {
        raw: buildEml({
          from: "grace.kim@example.com",
          messageId: "m-4@example.com",
          body: MISSING_PAYMENT_BODY,
        }),
        channel: "imap",
      });
      const req = await requestRow(requestIdOf(r));
      expect(req.customerId).toBe(c.id);
      expect(req.orderId).toBe(byPhone.id);
      const [audit] = await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "request.created"));
      expect((audit!.data as { matchedBy: string[] }).matchedBy).toEqual([
        "sender address",
        "phone number",
      ]);
    });
  });

  describe("sealed at rest, masked in the clear", () => {
    const corpus = readCorpus();

    it.each(corpus.map((f) => [f.name, f] as const))(
      "%s: message, bodies and attachments sealed and opening as sent; no full card number or IBAN in the clear",
      async (_name, f) => {
        const r = await ingestEmail(db(), { raw: f.raw, channel: "upload" });
        const row = await emailRow(r.emailId);
        expect(row.raw).toBeNull();
        expect(storedRaw(row).equals(f.raw)).toBe(true);
        const parsed = await parseEmail(f.raw, { ownAddresses: ["refunds@refund-desk.test"] });
        if (row.state !== "quarantined" || row.bodyText !== null) {
          expect(openStoredText(row.bodyTextSealed)).toBe(parsed.text);
          expect(openStoredText(row.bodyHtmlSealed)).toBe(parsed.html);
        }
        const attachments = await db()
          .select()
          .from(emailAttachments)
          .where(eq(emailAttachments.emailId, r.emailId));
        for (const a of attachments) {
          expect(a.content).toBeNull();
          const sent = parsed.attachments.find((p) => p.sha256 === a.sha256);
          expect(openStoredBytes({ sealed: a.contentSealed, clear: null })).toEqual(sent?.content);
        }
        const clear = {
          ...row,
          raw: null,
          rawSealed: null,
          bodyTextSealed: null,
          bodyHtmlSealed: null,
        };
        expect(fullNumbersIn(clear)).toEqual([]);
        if (r.outcome && r.outcome.kind !== "quarantined") {
          const { paymentDetailSealed: _sealed, ...request } = await requestRow(
            r.outcome.requestId,
          );
          expect(fullNumbersIn(request)).toEqual([]);
        }
      },
    );

    it("an HTML body is kept masked for display, markup and all, and sealed as sent", async () => {
      const html =
        "<html><body><p>Please refund to my card <b>4111</b>&nbsp;1111 1111 1111.</p><p>IBAN <i>DE89 3704 0044 0532 0130 00</i></p></body></html>";
      const raw = Buffer.from(
        [
          "From: Anna <anna@example.com>",
          "To: refunds@refund-desk.test",
          "Subject: Refund",
          "Message-ID: <html-card@example.com>",
          "MIME-Version: 1.0",
          "Content-Type: text/html; charset=utf-8",
          "",
          html,
          "",
        ].join("\r\n"),
      );
      const r = await ingestEmail(db(), { raw, channel: "upload" });
      const row = await emailRow(r.emailId);
      expect(row.bodyHtml).toContain("<b>••••</b>&nbsp;•••• •••• 1111");
      expect(row.bodyHtml).toContain("<i>•••• •••• •••• •••• ••30 00</i>");
      expect(fullNumbersIn(row.bodyHtml)).toEqual([]);
      expect(fullNumbersIn(row.bodyText)).toEqual([]);
      expect(openStoredText(row.bodyHtmlSealed)).toContain(html);
    });

    it("a card number in the subject is masked on the email and on its request", async () => {
      const r = await ingestEmail(db(), {
        raw: buildEml({
          messageId: "subject-card@example.com",
          subject: "Refund to card 4111 1111 1111 1111 please",
          body: COMPLETE_BODY,
        }),
        channel: "imap",
      });
      const row = await emailRow(r.emailId);
      expect(row.subject).toBe("Refund to card •••• •••• •••• 1111 please");
      expect((await requestRow(requestIdOf(r))).subject).toBe(row.subject);
    });

    it("a quarantined email's body is masked too (no extraction to take the secrets from)", async () => {
      const r = await ingestEmail(db(), {
        raw: buildEml({
          from: "Refund Desk <refunds@refund-desk.test>",
          messageId: "loop-card@refund-desk.test",
          body: CARD_REPLY_BODY,
        }),
        channel: "imap",
      });
      expect(r.outcome).toEqual({ kind: "quarantined", reason: "loop" });
      const row = await emailRow(r.emailId);
      expect(row.bodyText).toContain("•••• •••• •••• 1111");
      expect(fullNumbersIn(row.bodyText)).toEqual([]);
      expect(openStoredText(row.bodyTextSealed)).toContain("4111 1111 1111 1111");
    });
  });

  describe("quarantine", () => {
    const malformed = readCorpus().filter((f) => f.expected.quarantine !== null);
    it("the corpus has malformed fixtures to feed", () =>
      expect(malformed.length).toBeGreaterThanOrEqual(10));

    it.each(malformed.map((f) => [f.name, f] as const))(
      "%s ends quarantined with its reason, raw kept, nothing thrown",
      async (_name, f) => {
        const r = await ingestEmail(db(), { raw: f.raw, channel: "upload" });
        expect(r.outcome).toEqual({ kind: "quarantined", reason: f.expected.quarantine });
        const row = await emailRow(r.emailId);
        expect(row.state).toBe("quarantined");
        expect(row.quarantineReason).toBe(f.expected.quarantine);
        expect(row.quarantineDetail).toBeTruthy();
        expect(storedRaw(row).equals(f.raw)).toBe(true);
        expect(row.requestId).toBeNull();
        expect(await count(refundRequests)).toBe(0);
        expect(await count(outboundEmails)).toBe(0);
      },
    );

    it("mail from our own address (MAILBOX_ADDRESSES default) is quarantined as a loop", async () => {
      const r = await ingestEmail(db(), {
        raw: buildEml({
          from: "Refund Desk <Refunds@Refund-Desk.test>",
          messageId: "loop-1@refund-desk.test",
          body: COMPLETE_BODY,
        }),
        channel: "imap",
      });
      expect(r.outcome).toEqual({ kind: "quarantined", reason: "loop" });
      expect((await emailRow(r.emailId)).state).toBe("quarantined");
      expect(await count(refundRequests)).toBe(0);
    });
  });

  describe("payment details", () => {
    const cases = [
      {
        name: "card",
        body: COMPLETE_BODY,
        full: "4242424242424242",
        written: "4242 4242 4242 4242",
        masked: "•••• 4242",
      },
      {
        name: "IBAN",
        body: "My virtual number was blocked by the local operator yesterday. I paid €9.99 for it.\nPlease send the money back to my bank account, IBAN DE89 3704 0044 0532 0130 00.",
        full: "DE89370400440532013000",
        written: "DE89 3704 0044 0532 0130 00",
        masked: "DE89 •••• •••• 3000",
      },
      {
        name: "bank account with BIC",
        body: "My virtual number was blocked by the local operator yesterday. I paid 990 руб. for it.\nПрошу перечислить на р/с 40817810099910004312, БИК 044525225.",
        full: "40817810099910004312 BIC 044525225",
        written: "40817810099910004312",
        masked: "•••• 4312",
        // In the stored text each number keeps its own last four, so the account reads as the extracted field does.
        maskedText: "р/с ••••••••••••••••4312, БИК •••••5225",
      },
    ];
    it.each(cases)(
      "$name: the full value is stored only sealed; the extraction JSON holds the masked form",
      async (c) => {
        const r = await ingestEmail(db(), {
          raw: buildEml({ messageId: `pd-${c.name}@example.com`, body: c.body }),
          channel: "imap",
        });
        const req = await requestRow(requestIdOf(r));
        expect(req.paymentDetailMasked).toBe(c.masked);
        expect(req.paymentDetailSealed).toBeTruthy();
        expect(req.paymentDetailSealed).not.toContain(c.full);
        expect(unsealPaymentDetail(req.paymentDetailSealed!)).toBe(c.full);
        const email = await emailRow(r.emailId);
        const json = JSON.stringify(email.extraction);
        expect(json).toContain(c.masked);
        expect(json).not.toContain(c.full);
        expect(json).not.toContain(c.written);
        if ("maskedText" in c) expect(json).toContain(c.maskedText);
        // The body in the clear is masked the same way; the body as sent is only sealed.
        expect(email.bodyText).not.toContain(c.written);
        if ("maskedText" in c) expect(email.bodyText).toContain(c.maskedText);
        expect(openStoredText(email.bodyTextSealed)).toContain(c.written);
        // No other request column carries it either (the sealed blob and the search index aside).
        const { paymentDetailSealed: _sealed, searchText: _search, ...columns } = req;
        const plain = JSON.stringify(columns);
        expect(plain).not.toContain(c.full);
        expect(plain).not.toContain(c.written);
      },
    );
  });

  describe("failure half-way", () => {
    const withAttachment = () =>
      buildEml({
        messageId: "fail-1@example.com",
        body: COMPLETE_BODY,
        attachments: [
          {
            filename: "receipt.png",
            contentType: "image/png",
            content: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
          },
        ],
      });

    async function failOnce(raw: Buffer) {
      const allow = await refuseRequestInserts();
      try {
        await expect(ingestEmail(db(), { raw, channel: "imap" })).rejects.toThrow(/not processed/);
      } finally {
        await allow();
      }
      const [row] = await db().select().from(inboundEmails);
      expect(row!.state).toBe("received");
      expect(storedRaw(row!).equals(raw)).toBe(true);
      expect(row!.requestId).toBeNull();
      expect(row!.extraction).toBeNull();
      expect(row!.fromAddress).toBeNull();
      expect(await count(refundRequests)).toBe(0);
      expect(await count(emailAttachments)).toBe(0);
      expect(await count(outboundEmails)).toBe(0);
      expect(await db().select().from(auditLog)).toHaveLength(0);
      return row!;
    }

    it("leaves only the raw email in state received, and retryStuckEmails finishes it", async () => {
      const raw = withAttachment();
      const row = await failOnce(raw);
      const result = await retryStuckEmails(db(), { olderThanMs: 0 });
      expect(result).toEqual({ retried: 1, quarantined: 0 });
      const after = await emailRow(row.id);
      expect(after.state).toBe("processed");
      expect(after.requestId).not.toBeNull();
      expect(await count(refundRequests)).toBe(1);
      expect(await count(emailAttachments)).toBe(1);
      const req = await requestRow(after.requestId!);
      expect(unsealPaymentDetail(req.paymentDetailSealed!)).toBe("4242424242424242");
      // Nothing left to retry.
      expect(await retryStuckEmails(db(), { olderThanMs: 0 })).toEqual({
        retried: 0,
        quarantined: 0,
      });
    });

    it("a redelivery of the failed email processes it (once)", async () => {
      const raw = withAttachment();
      const row = await failOnce(raw);
      const again = await ingestEmail(db(), { raw, channel: "webhook" });
      expect(again.duplicate).toBe(true);
      expect(again.emailId).toBe(row.id);
      expect(again.outcome?.kind).toBe("created");
      expect(await count(refundRequests)).toBe(1);
      expect(await count(emailAttachments)).toBe(1);
      expect((await ingestEmail(db(), { raw, channel: "webhook" })).outcome).toBeNull();
      expect(await count(refundRequests)).toBe(1);
    });
  });
});
