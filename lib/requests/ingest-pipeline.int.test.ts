import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, inboundEmails, outboundEmails, refundRequests, settings } from "@/db/schema";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { retryStuckEmails } from "@/lib/jobs/retry-stuck-emails";
import { threadQuery } from "./find-thread";
import { ingestEmail } from "./ingest-email";
import {
  invalidatePipelineSettings,
  pipelineSettings,
  PIPELINE_SETTINGS_TTL_MS,
} from "./pipeline-settings";
import { buildEml, COMPLETE_BODY } from "./test-support/build-eml";
import { openStoredText } from "@/lib/sealing/open-sealed";
import { setPipelineEnv } from "./test-support/pipeline-env";
import {
  allowRequestInserts,
  REFUSED,
  refuseRequestInserts,
} from "./test-support/refuse-request-inserts";
import { insertCustomer, insertOrder } from "./test-support/seed-accounts";

const db = () => testDb();
const requestCount = async () =>
  Number(
    (
      await db()
        .select({ n: sql<string>`count(*)` })
        .from(refundRequests)
    )[0]!.n,
  );
const MISSING_PAYMENT_BODY =
  "Hello,\nMy rented number +1 (212) 555-0147 is not working for two days now. I paid $19.99 for it.\nPlease refund.";
const CARD_REPLY_BODY =
  "Hi, here are the details you asked for: please refund to my card 4111 1111 1111 1111.\nThanks";

describe("ingestion pipeline: concurrency, stale drafts, search text, retries, indexes", () => {
  beforeAll(() => setPipelineEnv());
  beforeEach(async () => {
    setPipelineEnv();
    await resetDatabase();
  });
  afterEach(() => allowRequestInserts());
  afterAll(() => closeTestDb());

  it("the same email delivered 5× at once makes one stored email, one request, one draft and one audit entry", async () => {
    const raw = buildEml({ messageId: "race-1@example.com", body: MISSING_PAYMENT_BODY });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => ingestEmail(db(), { raw, channel: "webhook" })),
    );
    expect(new Set(results.map((r) => r.emailId)).size).toBe(1);
    expect(results.filter((r) => r.outcome?.kind === "created")).toHaveLength(1);
    expect(await requestCount()).toBe(1);
    expect(await db().select().from(inboundEmails)).toHaveLength(1);
    expect(await db().select().from(outboundEmails)).toHaveLength(1);
    expect(
      await db().select().from(auditLog).where(eq(auditLog.action, "request.created")),
    ).toHaveLength(1);
    const [email] = await db().select().from(inboundEmails);
    expect(email!.state).toBe("processed");
    expect(email!.requestId).not.toBeNull();
  });

  it("5 concurrent redeliveries of an email whose first processing failed still make one request", async () => {
    const raw = buildEml({ messageId: "race-2@example.com", body: COMPLETE_BODY });
    const allow = await refuseRequestInserts();
    try {
      await expect(ingestEmail(db(), { raw, channel: "imap" })).rejects.toThrow(/not processed/);
    } finally {
      await allow();
    }
    const results = await Promise.all(
      Array.from({ length: 5 }, () => ingestEmail(db(), { raw, channel: "webhook" })),
    );
    expect(results.every((r) => r.duplicate)).toBe(true);
    expect(results.filter((r) => r.outcome?.kind === "created")).toHaveLength(1);
    expect(await requestCount()).toBe(1);
  });

  it("an original that completes a request made by its earlier-arrived reply discards the stale missing-info drafts (audited)", async () => {
    const reply = buildEml({
      messageId: "stale-reply@example.com",
      inReplyTo: "stale-orig@example.com",
      references: ["stale-orig@example.com"],
      subject: "Re: Rented number down",
      body: CARD_REPLY_BODY,
    });
    const original = buildEml({
      messageId: "stale-orig@example.com",
      subject: "Rented number down",
      body: MISSING_PAYMENT_BODY,
    });
    const r1 = await ingestEmail(db(), {
      raw: reply,
      channel: "imap",
      receivedAt: new Date("2026-03-05T11:00:05Z"),
    });
    const requestId = r1.outcome?.kind === "created" ? r1.outcome.requestId : "";
    const [draft] = await db()
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, requestId));
    expect(draft).toMatchObject({ state: "draft", purpose: "missing_info" });
    // A second missing-info reply the reviewer already released (queued, not yet sent), and one already sent.
    await db()
      .insert(outboundEmails)
      .values([
        {
          requestId,
          state: "queued",
          purpose: "missing_info",
          toAddress: "c@example.com",
          subject: "s",
          body: "b",
          messageId: "q@refund-desk.local",
        },
        {
          requestId,
          state: "sent",
          purpose: "missing_info",
          toAddress: "c@example.com",
          subject: "s",
          body: "b",
          messageId: "s@refund-desk.local",
        },
      ]);
    const r2 = await ingestEmail(db(), {
      raw: original,
      channel: "imap",
      receivedAt: new Date("2026-03-05T11:00:10Z"),
    });
    expect(r2.outcome).toEqual({ kind: "reply", requestId, completed: true });
    const states = Object.fromEntries(
      (await db().select().from(outboundEmails)).map((o) => [o.messageId, o.state]),
    );
    expect(states).toEqual({
      [draft!.messageId]: "discarded",
      "q@refund-desk.local": "discarded",
      "s@refund-desk.local": "sent",
    });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "request.completed_by_reply"));
    expect((entry!.data as { discardedReplies: string[] }).discardedReplies.sort()).toEqual(
      (
        await db()
          .select({ id: outboundEmails.id })
          .from(outboundEmails)
          .where(eq(outboundEmails.state, "discarded"))
      )
        .map((r) => r.id)
        .sort(),
    );
    const req = (
      await db().select().from(refundRequests).where(eq(refundRequests.id, requestId))
    )[0]!;
    expect(req.status).toBe("to_review");
    expect(req.recOutcome).not.toBe("needs_info");
  });

  it.each([
    {
      name: "card",
      body: COMPLETE_BODY,
      digits: ["4242424242424242"],
      groups: ["4242 4242 4242"],
      kept: "4242",
    },
    {
      name: "IBAN",
      body: "My virtual number +1 (212) 555-0147 was blocked by the local operator yesterday (order ORD-104233). I paid €9.99 for it.\nPlease send the money back to my bank account, IBAN DE89 3704 0044 0532 0130 00.",
      digits: ["de89370400440532013000", "3704", "0044", "0532", "0130"],
      groups: [],
      kept: null,
    },
  ])(
    "$name: search_text and body_text hold the masked body, never the full payment detail; the original is sealed",
    async (c) => {
      const c1 = await insertCustomer(db(), { email: "searcher@example.com" });
      await insertOrder(db(), {
        customerId: c1.id,
        ref: "ORD-104233",
        phoneNumber: "+12125550147",
      });
      const r = await ingestEmail(db(), {
        raw: buildEml({
          messageId: `st-${c.name}@example.com`,
          from: "searcher@example.com",
          subject: "Blocked number refund",
          body: c.body,
        }),
        channel: "imap",
      });
      const requestId = r.outcome?.kind === "created" ? r.outcome.requestId : "";
      const [row] = await db().execute<{ tsv: string }>(
        sql`SELECT search_text::text AS tsv FROM refund_requests WHERE id = ${requestId}`,
      );
      const lexemes = [...row!.tsv.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      for (const d of c.digits) expect(lexemes).not.toContain(d.toLowerCase());
      if (c.name === "card") {
        // The card's first three groups (4242 ×3) are masked: only the last four remain, once per mention.
        expect(lexemes.filter((l) => l === "4242").length).toBeLessThanOrEqual(1);
      }
      if (c.kept) expect(lexemes).toContain(c.kept);
      // Still searchable: sender, subject words, body words, order reference, phone number (as extracted).
      const found = async (q: string) =>
        (
          await db()
            .select({ id: refundRequests.id })
            .from(refundRequests)
            .where(sql`${refundRequests.searchText} @@ plainto_tsquery('simple', ${q})`)
        ).length;
      expect(await found("searcher@example.com")).toBe(1);
      expect(await found("blocked")).toBe(1);
      expect(await found("refund")).toBe(1);
      const req = (
        await db().select().from(refundRequests).where(eq(refundRequests.id, requestId))
      )[0]!;
      for (const phone of req.phoneNumbers) expect(await found(phone)).toBe(1);
      for (const ref of req.orderRefs) expect(await found(ref)).toBe(1);
      const email = (
        await db().select().from(inboundEmails).where(eq(inboundEmails.id, r.emailId))
      )[0]!;
      const written = c.name === "card" ? "4242 4242 4242 4242" : "DE89 3704 0044 0532 0130 00";
      expect(email.bodyText).not.toContain(written);
      expect(email.bodyText).toContain(
        c.name === "card" ? "•••• •••• •••• 4242" : "•••• •••• •••• •••• ••30 00",
      );
      expect(openStoredText(email.bodyTextSealed)).toContain(written);
    },
  );

  it("the 'reply that arrived first' lookup uses the in_reply_to and references indexes", async () => {
    // A table like production's: thousands of processed emails, all linked to a request.
    const r = await ingestEmail(db(), {
      raw: buildEml({ messageId: "idx-orig@example.com", body: COMPLETE_BODY }),
      channel: "imap",
    });
    const requestId = r.outcome?.kind === "created" ? r.outcome.requestId : "";
    await db().execute(sql`
      INSERT INTO inbound_emails (channel, raw, size_bytes, sha256, dedupe_key, message_id, in_reply_to, "references", state, request_id)
      SELECT 'cli', '\\x00'::bytea, 1, 'x', 'k' || g, 'm' || g || '@x', 'p' || g || '@x', ARRAY['r' || g || '@x', 'root@x'], 'processed', ${requestId}::uuid
      FROM generate_series(1, 5000) AS g`);
    // As the owner: the app's role may not ANALYZE a table it does not own (PostgreSQL skips it
    // with a warning), and the plan would then rest on whenever autovacuum last sampled it.
    await ownerDb().execute(sql`ANALYZE inbound_emails`);
    const query = threadQuery({
      messageId: "p42@x",
      inReplyTo: null,
      references: [],
      requestRef: null,
      emailId: "00000000-0000-0000-0000-000000000000",
    })!;
    const plan = (await db().execute<{ "QUERY PLAN": string }>(sql`EXPLAIN ${query}`))
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    if (process.env.SHOW_PLAN) console.log(plan);
    expect(plan).toContain("inbound_emails_in_reply_to_idx");
    expect(plan).toContain("inbound_emails_references_idx");
    expect(plan).not.toMatch(/Seq Scan on inbound_emails/);
  });

  it("caches the calendar and auto-send setting for a few seconds, then reads the manager's change", async () => {
    invalidatePipelineSettings();
    const t0 = 1_000_000;
    expect((await pipelineSettings(db(), t0)).autoSendReplies).toBe(false);
    await db().insert(settings).values({ key: "auto_send_replies", value: true });
    expect((await pipelineSettings(db(), t0 + PIPELINE_SETTINGS_TTL_MS - 1)).autoSendReplies).toBe(
      false,
    );
    expect((await pipelineSettings(db(), t0 + PIPELINE_SETTINGS_TTL_MS)).autoSendReplies).toBe(
      true,
    );
    expect(PIPELINE_SETTINGS_TTL_MS).toBeLessThanOrEqual(10_000);
    // And the pipeline uses it: the missing-info reply is queued, not drafted.
    const r = await ingestEmail(db(), {
      raw: buildEml({ messageId: "auto-1@example.com", body: MISSING_PAYMENT_BODY }),
      channel: "imap",
    });
    const requestId = r.outcome?.kind === "created" ? r.outcome.requestId : "";
    const [out] = await db()
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, requestId)));
    expect(out!.state).toBe("queued");
  });

  describe("retryStuckEmails", () => {
    it("retries a failing email up to 5 times, counting attempts and keeping the error, and quarantines only after the last", async () => {
      const raw = buildEml({ messageId: "retry-1@example.com", body: COMPLETE_BODY });
      const allow = await refuseRequestInserts();
      await expect(ingestEmail(db(), { raw, channel: "imap" })).rejects.toThrow(/not processed/);
      for (let attempt = 1; attempt <= 4; attempt++) {
        expect(await retryStuckEmails(db(), { olderThanMs: 0 })).toEqual({
          retried: 1,
          quarantined: 0,
        });
        const [row] = await db().select().from(inboundEmails);
        expect(row).toMatchObject({
          state: "received",
          processAttempts: attempt,
          quarantineReason: null,
        });
        expect(row!.lastError).toContain(REFUSED);
      }
      expect(await retryStuckEmails(db(), { olderThanMs: 0 })).toEqual({
        retried: 1,
        quarantined: 1,
      });
      const [row] = await db().select().from(inboundEmails);
      expect(row).toMatchObject({
        state: "quarantined",
        quarantineReason: "processing_failed",
        processAttempts: 5,
      });
      expect(row!.quarantineDetail).toContain(REFUSED);
      expect(await retryStuckEmails(db(), { olderThanMs: 0 })).toEqual({
        retried: 0,
        quarantined: 0,
      });
      await allow();
      expect(await requestCount()).toBe(0);
    });

    it("the error kept on the row names the cause, never the failed query's values (no customer text, no card number)", async () => {
      const raw = buildEml({ messageId: "retry-leak@example.com", body: COMPLETE_BODY });
      const allow = await refuseRequestInserts();
      await expect(ingestEmail(db(), { raw, channel: "imap" })).rejects.toThrow(/not processed/);
      await retryStuckEmails(db(), { olderThanMs: 0, maxAttempts: 1 });
      await allow();
      const [row] = await db().select().from(inboundEmails);
      expect(row).toMatchObject({ state: "quarantined", quarantineReason: "processing_failed" });
      for (const kept of [row!.lastError!, row!.quarantineDetail!]) {
        expect(kept).toContain(REFUSED);
        expect(kept).not.toMatch(/4242|Please refund|rented number/);
      }
    });

    it("an email that succeeds on a later attempt is processed normally", async () => {
      const raw = buildEml({ messageId: "retry-2@example.com", body: COMPLETE_BODY });
      const allow = await refuseRequestInserts();
      await expect(ingestEmail(db(), { raw, channel: "imap" })).rejects.toThrow();
      await retryStuckEmails(db(), { olderThanMs: 0 });
      await retryStuckEmails(db(), { olderThanMs: 0 });
      await allow();
      expect(await retryStuckEmails(db(), { olderThanMs: 0 })).toEqual({
        retried: 1,
        quarantined: 0,
      });
      const [row] = await db().select().from(inboundEmails);
      expect(row).toMatchObject({ state: "processed", processAttempts: 2 });
      expect(await requestCount()).toBe(1);
    });
  });
});
