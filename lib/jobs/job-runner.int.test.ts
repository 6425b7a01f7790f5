import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditVerifications, outboundEmails, refundRequests } from "@/db/schema";
import { makeUser } from "@/db/test/request-fixture";
import { requestAuditVerification } from "@/lib/audit/audit-verifications";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { env, resetEnvCache } from "@/lib/env";
import { startJobRunner, type JobRunner } from "./start-job-runner";

describe("job runner", () => {
  let runner: JobRunner | undefined;
  beforeAll(async () => {
    await resetDatabase();
    process.env.DATABASE_URL = inject("databaseUrl");
    delete process.env.SMTP_URL;
    resetEnvCache();
  });
  afterAll(async () => {
    await runner?.stop();
    await closeTestDb();
  });

  it("sends replies queued by the pipeline (demo outbox without SMTP)", async () => {
    const db = testDb();
    const [r] = await db
      .insert(refundRequests)
      .values({
        ref: "RR-2026-000777",
        status: "awaiting_customer",
        fromAddress: "c@example.com",
        subject: "Refund",
        receivedAt: new Date(),
      })
      .returning();
    const [m] = await db
      .insert(outboundEmails)
      .values({
        requestId: r!.id,
        state: "queued",
        toAddress: "c@example.com",
        subject: "Re: Refund",
        body: "Please send the amount.",
        messageId: "q-1@refund-desk.local",
      })
      .returning();
    runner = await startJobRunner(db, env(), () => undefined);
    await expect
      .poll(
        async () =>
          (await db.select().from(outboundEmails).where(eq(outboundEmails.id, m!.id)))[0]?.state,
        { timeout: 30_000, interval: 250 },
      )
      .toBe("sent");
    const [sent] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, m!.id));
    expect(sent!.deliveredVia).toBe("outbox");
  });

  it("runs the first full audit verification on start, and a requested one as soon as it is asked for", async () => {
    const db = testDb();
    await expect
      .poll(
        async () =>
          (await db.select().from(auditVerifications)).map((v) => [v.requestedBy, v.status]),
        { timeout: 30_000, interval: 250 },
      )
      .toEqual([[null, "done"]]);
    const manager = await makeUser(db, "manager");
    const { verification } = await requestAuditVerification(db, manager.id);
    // Well inside the one-minute schedule: the NOTIFY sent the job.
    await expect
      .poll(
        async () =>
          (
            await db
              .select()
              .from(auditVerifications)
              .where(eq(auditVerifications.id, verification.id))
          )[0]?.status,
        { timeout: 15_000, interval: 200 },
      )
      .toBe("done");
  });
});
