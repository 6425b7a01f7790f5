import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { auditVerifications, outboundEmails, refundRequests } from "@/db/schema";
import { makeUser } from "@/db/test/request-fixture";
import { requestAuditVerification } from "@/lib/audit/audit-verifications";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { env, resetEnvCache } from "@/lib/env";
import { defineJob } from "./define-job";
import { JOBS } from "./jobs";
import { startJobRunner, type JobRunner } from "./start-job-runner";
import { jobChannel, wakeJob } from "./wake-job";

// Each test starts its own runner on an emptied database and stops it after: none depends on another.
describe("job runner", () => {
  let runner: JobRunner | undefined;
  const logged: string[] = [];
  const seen: { tag: string }[] = [];
  const echoJob = defineJob({
    name: "test-echo",
    data: z.object({ tag: z.string() }),
    singletonKey: (d) => d.tag,
    policy: "stately",
    expireInSeconds: 10,
    retry: { limit: 0, delaySeconds: 1 },
    run: async (data) => {
      seen.push(data);
      return data;
    },
  });
  const start = async () => {
    runner = await startJobRunner({
      url: inject("databaseUrl"),
      db: testDb(),
      env: env(),
      log: (_obj, msg) => logged.push(msg),
      jobs: [...JOBS, echoJob],
    });
    return runner;
  };

  beforeAll(() => {
    process.env.DATABASE_URL = inject("databaseUrl");
    delete process.env.SMTP_URL;
    resetEnvCache();
  });
  beforeEach(async () => {
    await resetDatabase();
    logged.length = 0;
    seen.length = 0;
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
  });
  afterAll(() => closeTestDb());

  async function queueReply(ref: string) {
    const db = testDb();
    const [r] = await db
      .insert(refundRequests)
      .values({
        ref,
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
        messageId: `${ref}@refund-desk.local`,
      })
      .returning();
    return m!;
  }
  const outbound = async (id: string) =>
    (await testDb().select().from(outboundEmails).where(eq(outboundEmails.id, id)))[0]!;

  it("sends a reply queued before it started (the sweep at start) and one queued while it runs (the queue trigger's NOTIFY)", async () => {
    const before = await queueReply("RR-2026-000777");
    await start();
    await expect
      .poll(async () => (await outbound(before.id)).state, { timeout: 30_000 })
      .toBe("sent");
    const during = await queueReply("RR-2026-000778");
    // Well inside the minute sweep: the NOTIFY sent the job.
    await expect
      .poll(async () => (await outbound(during.id)).state, { timeout: 15_000 })
      .toBe("sent");
    expect(await outbound(during.id)).toMatchObject({ deliveredVia: "outbox", attempts: 1 });
  });

  it("runs the first full audit verification on start, and a requested one as soon as it is asked for", async () => {
    const db = testDb();
    await start();
    await expect
      .poll(
        async () =>
          (await db.select().from(auditVerifications)).map((v) => [v.requestedBy, v.status]),
        { timeout: 30_000, interval: 250 },
      )
      .toEqual([[null, "done"]]);
    const manager = await makeUser(db, "manager");
    const { verification } = await requestAuditVerification(db, manager.id);
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

  it("sends a job woken by NOTIFY on its channel with its data, and refuses a payload its schema rejects", async () => {
    await start();
    const db = testDb();
    await db.execute(sql`SELECT pg_notify(${jobChannel("test-echo")}, ${'{"tag": 42}'})`);
    await db.execute(sql`SELECT pg_notify(${jobChannel("test-echo")}, ${'{"tag":"from-notify"}'})`);
    await expect.poll(() => seen, { timeout: 15_000 }).toEqual([{ tag: "from-notify" }]);
    expect(logged).toContain("could not send a woken job");
  });

  it("sends a reply woken by wakeJob in a transaction, with no trigger or sweep involved", async () => {
    await start();
    const m = await queueReply("RR-2026-000779");
    // Back in the queue after a failed attempt (due now): the queue trigger does not announce that.
    await testDb()
      .update(outboundEmails)
      .set({ state: "queued", nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(outboundEmails.id, m.id));
    await testDb().transaction((tx) => wakeJob(tx, "send-reply", { outboundId: m.id }));
    await expect.poll(async () => (await outbound(m.id)).state, { timeout: 15_000 }).toBe("sent");
  });

  it("warms up once per warm-up function, before it takes the first job", async () => {
    const events: string[] = [];
    const warmUp = () => void events.push("warm-up");
    const warmJob = (name: string) =>
      defineJob({
        name,
        data: z.object({}),
        schedule: "0 0 1 1 *",
        policy: "singleton",
        expireInSeconds: 10,
        retry: { limit: 0, delaySeconds: 1 },
        warmUp,
        run: async () => void events.push(`run ${name}`),
      });
    runner = await startJobRunner({
      url: inject("databaseUrl"),
      db: testDb(),
      env: env(),
      log: (_obj, msg) => logged.push(msg),
      jobs: [warmJob("test-warm-a"), warmJob("test-warm-b")],
    });
    // Scheduled jobs are also sent once at start: both ran, after the one warm-up.
    await expect.poll(() => events.length, { timeout: 15_000 }).toBe(3);
    expect(events[0]).toBe("warm-up");
    expect([...events.slice(1)].sort()).toEqual(["run test-warm-a", "run test-warm-b"]);
    expect(logged).toContain("job runner warmed up");
  });

  it("keeps one job waiting per singleton key", async () => {
    const r = await start();
    const later = new Date(Date.now() + 60_000);
    expect(
      await r.enqueue("send-reply", { outboundId: crypto.randomUUID() }, { startAfter: later }),
    ).toBeTruthy();
    const id = crypto.randomUUID();
    expect(await r.enqueue("send-reply", { outboundId: id }, { startAfter: later })).toBeTruthy();
    expect(await r.enqueue("send-reply", { outboundId: id }, { startAfter: later })).toBeNull();
    await expect(r.enqueue("send-reply", { outboundId: "not-a-uuid" })).rejects.toThrow();
  });
});
