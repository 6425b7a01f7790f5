import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inboundEmails, refundRequests } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { ingestEmail } from "./ingest-email";
import { buildEml, COMPLETE_BODY } from "./test-support/build-eml";
import { setPipelineEnv } from "./test-support/pipeline-env";

describe("a reply and its original arriving at the same moment", () => {
  beforeAll(() => setPipelineEnv());
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it("always end on one request (thread ids are locked while a thread is looked up)", async () => {
    const db = testDb();
    for (let round = 0; round < 8; round++) {
      const original = buildEml({
        messageId: `orig-${round}@example.com`,
        subject: `Refund ${round}`,
        body: COMPLETE_BODY,
      });
      const reply = buildEml({
        messageId: `reply-${round}@example.com`,
        inReplyTo: `orig-${round}@example.com`,
        references: [`orig-${round}@example.com`],
        subject: `Re: Refund ${round}`,
        body: "Any news on my refund?",
      });
      await Promise.all([
        ingestEmail(db, { raw: reply, channel: "cli" }),
        ingestEmail(db, { raw: original, channel: "cli" }),
      ]);
    }
    const requests = await db.select().from(refundRequests);
    expect(requests).toHaveLength(8);
    const emails = await db.select().from(inboundEmails);
    expect(emails).toHaveLength(16);
    expect(emails.every((e) => e.requestId !== null)).toBe(true);
  });
});
