import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { outboundEmails, refundRequests } from "@/db/schema";
import { freePort } from "@/db/embedded";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { sendOutboundEmails } from "./send-outbound-emails";

describe("sending replies", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

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

  it("without SMTP, captures the reply in the demo outbox", async () => {
    const m = await queued();
    expect(await sendOutboundEmails(testDb(), { from: "refunds@example.com" })).toEqual({
      sent: 1,
      failed: 0,
    });
    const [after] = await testDb().select().from(outboundEmails).where(eq(outboundEmails.id, m.id));
    expect(after).toMatchObject({ state: "sent", deliveredVia: "outbox" });
  });

  it("keeps a reply the mail server refused in the queue, with the reason, for the next try", async () => {
    const m = await queued();
    const port = await freePort(); // nothing listens there: the connection is refused
    const res = await sendOutboundEmails(testDb(), {
      from: "refunds@example.com",
      smtpUrl: `smtp://127.0.0.1:${port}`,
    });
    expect(res).toEqual({ sent: 0, failed: 1 });
    const [after] = await testDb().select().from(outboundEmails).where(eq(outboundEmails.id, m.id));
    expect(after!.state).toBe("queued");
    expect(after!.sentAt).toBeNull();
    expect(after!.error).toMatch(/ECONNREFUSED|connect/i);
  });
});
