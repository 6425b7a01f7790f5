import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outboundEmails, refundRequests } from "@/db/schema";
import { freePort } from "@/db/embedded";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { startSmtpSink, type SinkVerdict, type SmtpSink } from "@/test-support/smtp-sink";
import { dueOutboundEmails } from "./due-outbound-emails";
import { sendOutboundEmail } from "./send-outbound-emails";

describe("sending replies", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  beforeEach(async () => {
    await resetDatabase();
    sink.received.length = 0;
    sink.verdict = () => "accept";
  });
  afterAll(async () => {
    await sink.close();
    await closeTestDb();
  });

  async function queued() {
    const db = testDb();
    const [r] = await db
      .insert(refundRequests)
      .values({
        ref: "RR-2026-000901",
        status: "decided",
        fromAddress: "c@example.com",
        subject: "s",
        receivedAt: new Date(),
      })
      .returning();
    const [m] = await db
      .insert(outboundEmails)
      .values({
        requestId: r!.id,
        state: "queued",
        toAddress: "c@example.com",
        subject: "Re: s",
        body: "b",
        messageId: "m-901@refund-desk.local",
      })
      .returning();
    return m!;
  }
  const row = async (id: string) =>
    (await testDb().select().from(outboundEmails).where(eq(outboundEmails.id, id)))[0]!;
  const smtp = () => ({ from: "refunds@example.com", smtpUrl: sink.url });

  it("without SMTP, captures the reply in the demo outbox", async () => {
    const m = await queued();
    expect(await sendOutboundEmail(testDb(), m.id, { from: "refunds@example.com" })).toEqual({
      status: "sent",
    });
    expect(await row(m.id)).toMatchObject({ state: "sent", deliveredVia: "outbox", attempts: 1 });
  });

  it("sends with its Message-ID and marks it sent only once the server took it", async () => {
    const m = await queued();
    let stateWhileServerDecides: string | undefined;
    sink.verdict = async () => {
      stateWhileServerDecides = (await row(m.id)).state;
      return "accept" as const;
    };
    expect(await sendOutboundEmail(testDb(), m.id, smtp())).toEqual({ status: "sent" });
    expect(stateWhileServerDecides).toBe("sending");
    expect(sink.received.map((r) => r.messageId)).toEqual(["m-901@refund-desk.local"]);
    expect(await row(m.id)).toMatchObject({ state: "sent", deliveredVia: "smtp", error: null });
  });

  it("lets one sender at a time have a reply: a second one skips it while the first sends", async () => {
    const m = await queued();
    let release: (v: SinkVerdict) => void = () => undefined;
    sink.verdict = () => new Promise((resolve) => (release = resolve));
    const first = sendOutboundEmail(testDb(), m.id, smtp());
    await expect.poll(() => sink.received.length).toBe(1);
    expect(await sendOutboundEmail(testDb(), m.id, smtp())).toEqual({ status: "skipped" });
    release("accept");
    expect(await first).toEqual({ status: "sent" });
    expect(sink.received).toHaveLength(1);
  });

  it("retries a refused send with backoff, then gives up as failed after six attempts with a user-safe reason", async () => {
    const m = await queued();
    sink.verdict = () => "temporary";
    const logs: string[] = [];
    const opts = { ...smtp(), log: (o: Record<string, unknown>) => logs.push(String(o.err)) };
    const outcome = await sendOutboundEmail(testDb(), m.id, opts);
    expect(outcome.status).toBe("retry");
    const waited = (await row(m.id)).nextAttemptAt!.getTime() - Date.now();
    expect(waited).toBeGreaterThan(50_000); // a minute after the first failure
    // Not due yet: nobody sends it before its time.
    expect(await sendOutboundEmail(testDb(), m.id, opts)).toEqual({ status: "skipped" });
    expect(await dueOutboundEmails(testDb())).toEqual([]);
    const outcomes = [outcome.status];
    for (let i = 0; i < 6; i++) {
      await testDb()
        .update(outboundEmails)
        .set({ nextAttemptAt: sql`now() - interval '1 second'` })
        .where(eq(outboundEmails.id, m.id));
      outcomes.push((await sendOutboundEmail(testDb(), m.id, opts)).status);
    }
    expect(outcomes).toEqual(["retry", "retry", "retry", "retry", "retry", "failed", "skipped"]);
    const after = await row(m.id);
    expect(after).toMatchObject({
      state: "failed",
      attempts: 6,
      error: "The mail server asked us to try again later.",
    });
    expect(sink.received).toHaveLength(6);
    expect(logs[0]).toMatch(/451 4\.3\.0 mailbox busy/);
  });

  it("fails at once on a refusal for good, never showing the server's words", async () => {
    const m = await queued();
    sink.verdict = () => "permanent";
    expect(await sendOutboundEmail(testDb(), m.id, smtp())).toEqual({
      status: "failed",
      reason: "The mail server refused the message.",
    });
    expect((await row(m.id)).error).not.toMatch(/secret|554/);
  });

  it("keeps an unreachable server's reply queued with a plain reason", async () => {
    const m = await queued();
    const port = await freePort(); // nothing listens there: the connection is refused
    const res = await sendOutboundEmail(testDb(), m.id, {
      from: "refunds@example.com",
      smtpUrl: `smtp://127.0.0.1:${port}`,
    });
    expect(res.status).toBe("retry");
    expect(await row(m.id)).toMatchObject({
      state: "queued",
      sentAt: null,
      error: "Could not reach the mail server.",
    });
  });

  it("hands a claim whose sender died back to the sweep after its lease, and gives up one that died on its last attempt", async () => {
    const m = await queued();
    const db = testDb();
    await db
      .update(outboundEmails)
      .set({ state: "sending", attempts: 1, leaseUntil: sql`now() + interval '1 minute'` })
      .where(eq(outboundEmails.id, m.id));
    expect(await dueOutboundEmails(db)).toEqual([]);
    await db
      .update(outboundEmails)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(outboundEmails.id, m.id));
    expect(await dueOutboundEmails(db)).toEqual([m.id]);
    expect(await sendOutboundEmail(db, m.id, smtp())).toEqual({ status: "sent" });
    expect(await row(m.id)).toMatchObject({ state: "sent", attempts: 2 });

    await db
      .update(outboundEmails)
      .set({ state: "sending", attempts: 6, leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(outboundEmails.id, m.id));
    expect(await dueOutboundEmails(db)).toEqual([]);
    expect(await row(m.id)).toMatchObject({
      state: "failed",
      error: "Sending was interrupted too many times.",
    });
  });
});
