import { createCipheriv, randomBytes } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { emailAttachments, inboundEmails, payouts, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { openBuffer, openString, sealBuffer, sealedKeyId } from "@/lib/ingest/secret-box";
import { parseKeyring } from "@/lib/ingest/keyring";
import { decide } from "@/lib/payouts/test-support/money-fixture";
import { ingestEmail } from "@/lib/requests/ingest-email";
import { readCorpus } from "@/lib/requests/test-support/fixtures";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { sealingKeyring } from "./keyring-from-env";
import { SealedValueError } from "./reseal-table";
import { rotateKeys, type RotateProgress } from "./rotate-keys";
import { scanPlaintext } from "./scan-plaintext";

const A = randomBytes(32).toString("base64");
const B = randomBytes(32).toString("base64");
const Z = randomBytes(32).toString("base64");
const useKeys = (current: string, old?: string) =>
  setPipelineEnv({ PAYMENT_DETAILS_KEY: current, PAYMENT_DETAILS_OLD_KEYS: old });

/** The fixture's order is found by its phone number. */
const IBAN_BODY =
  "Hello, my UK rented number +44 7700 900123 did not work for 3 days. Please refund $3.00 directly to my bank account, IBAN DE89 3704 0044 0532 0130 00.";

/** A request payment detail in the single-key v1 format, as stored before key ids. */
function sealedV1(plain: string, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(key, "base64"), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => p.toString("base64")).join(":");
}

/** Every sealed value in the database, opened with the keyring in force, with the key id it names. */
async function everySealedValue() {
  const ring = sealingKeyring();
  const out: Array<{ where: string; keyId: string | null; plain: string }> = [];
  const bytes = (where: string, b: Buffer | null) => {
    if (b)
      out.push({ where, keyId: sealedKeyId(b), plain: openBuffer(b, ring).toString("base64") });
  };
  const text = (where: string, s: string | null) => {
    if (s) out.push({ where, keyId: sealedKeyId(s), plain: openString(s, ring) });
  };
  for (const e of await testDb().select().from(inboundEmails)) {
    bytes(`email ${e.id} raw`, e.rawSealed);
    bytes(`email ${e.id} text`, e.bodyTextSealed);
    bytes(`email ${e.id} html`, e.bodyHtmlSealed);
  }
  for (const a of await testDb().select().from(emailAttachments))
    bytes(`attachment ${a.id}`, a.contentSealed);
  for (const r of await testDb().select().from(refundRequests))
    text(`request ${r.id}`, r.paymentDetailSealed);
  for (const p of await testDb().select().from(payouts))
    text(`payout ${p.id}`, p.alternativeDetailsSealed);
  return out.sort((x, y) => x.where.localeCompare(y.where));
}

describe("keys:rotate", () => {
  let before: Awaited<ReturnType<typeof everySealedValue>>;

  beforeEach(async () => {
    await resetDatabase();
    useKeys(`a:${A}`);
    for (const f of readCorpus().slice(0, 24))
      await ingestEmail(testDb(), { raw: f.raw, channel: "upload" });
    // A payout to the alternative the reviewer recorded carries the requisites, sealed.
    const fixture = await makeRequestFixture(testDb(), { body: IBAN_BODY });
    const reviewer = await makeUser(testDb(), "reviewer");
    await decide(testDb(), fixture.requestId, reviewer, {
      destination: "direct",
      alternativeMethod: "bank transfer to the IBAN given",
      justification: "The customer asked for a bank transfer.",
    });
    // And one payment detail still in the single-key format from before key ids.
    const [old] = await testDb()
      .select({ id: refundRequests.id })
      .from(refundRequests)
      .where(sql`${refundRequests.paymentDetailSealed} IS NOT NULL`)
      .limit(1);
    await testDb()
      .update(refundRequests)
      .set({ paymentDetailSealed: sealedV1("4242424242424242", A) })
      .where(eq(refundRequests.id, old!.id));
    before = await everySealedValue();
  });
  afterAll(() => closeTestDb());

  it("has something of every kind to rotate", () => {
    for (const kind of ["raw", "text", "html", "attachment", "request", "payout"])
      expect(
        before.some((v) => v.where.includes(kind)),
        kind,
      ).toBe(true);
    expect(before.some((v) => v.keyId === null)).toBe(true);
  });

  it("re-seals everything from key A to key B in batches; all readable, then readable without A; a second run changes nothing", async () => {
    useKeys(`b:${B}`, `a:${A}`);
    const progress: RotateProgress[] = [];
    const report = await rotateKeys(testDb(), {
      ring: sealingKeyring(),
      batchSize: 5,
      onProgress: (p) => progress.push(p),
    });
    const emails = (await testDb().select().from(inboundEmails)).length;
    expect(report.keyId).toBe("b");
    expect(report.sealedFromClear).toEqual({ inbound_emails: 0, email_attachments: 0 });
    expect(report.resealed.inbound_emails).toBe(emails);
    expect(report.resealed.payouts).toBe(1);
    expect(report.resealed.refund_requests).toBeGreaterThan(1);
    expect(report.resealed.email_attachments).toBeGreaterThan(0);
    expect(progress.filter((p) => p.table === "inbound_emails").at(-1)).toEqual({
      table: "inbound_emails",
      step: "re-sealed",
      done: emails,
      of: emails,
    });
    const after = await everySealedValue();
    expect(after.map((v) => v.keyId)).toEqual(after.map(() => "b"));
    expect(after.map((v) => [v.where, v.plain])).toEqual(before.map((v) => [v.where, v.plain]));

    const again = await rotateKeys(testDb(), { ring: sealingKeyring(), batchSize: 5 });
    expect(again.resealed).toEqual({
      refund_requests: 0,
      payouts: 0,
      inbound_emails: 0,
      email_attachments: 0,
    });

    useKeys(`b:${B}`);
    const withoutA = await everySealedValue();
    expect(withoutA.map((v) => [v.where, v.plain])).toEqual(before.map((v) => [v.where, v.plain]));
  });

  it("a value under a key the keyring lacks stops the run with an error naming the key id, table, column and row", async () => {
    useKeys(`b:${B}`);
    const error = await rotateKeys(testDb(), { ring: sealingKeyring() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SealedValueError);
    expect((error as Error).message).toMatch(
      /^refund_requests\.payment_detail_sealed of row [0-9a-f-]{36}: .*/,
    );
    // The v1 value names no key; every other one names "a".
    useKeys(`b:${B}`, `a:${A}`);
    await rotateKeys(testDb(), { ring: sealingKeyring() });
    const [email] = await testDb().select().from(inboundEmails).limit(1);
    await testDb()
      .update(inboundEmails)
      .set({ bodyTextSealed: sealBuffer(Buffer.from("x"), parseKeyring({ current: `z:${Z}` })) })
      .where(eq(inboundEmails.id, email!.id));
    const unknown = await rotateKeys(testDb(), { ring: sealingKeyring() }).catch((e: unknown) => e);
    expect((unknown as Error).message).toBe(
      `inbound_emails.body_text_sealed of row ${email!.id}: sealed with key id "z", which is neither PAYMENT_DETAILS_KEY nor in PAYMENT_DETAILS_OLD_KEYS`,
    );
  });

  it("an interrupted run keeps its committed batches, and the next run does only the rest", async () => {
    useKeys(`b:${B}`, `a:${A}`);
    // The last email by id holds a value no configured key opens: the run stops there.
    const [last] = await testDb()
      .select({ id: inboundEmails.id })
      .from(inboundEmails)
      .orderBy(desc(inboundEmails.id))
      .limit(1);
    await ownerDb()
      .update(inboundEmails)
      .set({ bodyTextSealed: sealBuffer(Buffer.from("x"), parseKeyring({ current: `z:${Z}` })) })
      .where(eq(inboundEmails.id, last!.id));
    await expect(rotateKeys(testDb(), { ring: sealingKeyring(), batchSize: 3 })).rejects.toThrow(
      /key id "z"/,
    );
    const onB = (await testDb().select().from(inboundEmails)).filter(
      (e) => sealedKeyId(e.rawSealed!) === "b",
    ).length;
    const emails = (await testDb().select().from(inboundEmails)).length;
    // Every batch before the failing one committed; none of the failing batch's rows was written.
    expect(emails - onB).toBe(((emails - 1) % 3) + 1);
    useKeys(`b:${B}`, `a:${A},z:${Z}`);
    const rest = await rotateKeys(testDb(), { ring: sealingKeyring(), batchSize: 3 });
    expect(rest.resealed.inbound_emails).toBe(emails - onB);
    expect(await scanPlaintext(ownerDb())).toEqual([]);
  });
});
