import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import postgres from "postgres";
import { createScratchDatabase, type ScratchDatabase } from "@/test-support/scratch-database";
import { startSmtpSink, type SinkVerdict, type SmtpSink } from "@/test-support/smtp-sink";
import { spawnRunner, type RunnerChild } from "./test-support/spawn-runner";

const TEST_RUNNER = "lib/jobs/test-support/test-runner.ts";

describe("a job runner killed with kill -9", () => {
  let scratch: ScratchDatabase;
  let sink: SmtpSink;
  let sql: postgres.Sql;
  const runners: RunnerChild[] = [];
  const start = async (env: Record<string, string>) => {
    const r = await spawnRunner(TEST_RUNNER, {
      DATABASE_URL: scratch.url,
      SMTP_URL: sink.url,
      LOG_LEVEL: "warn",
      ...env,
    });
    runners.push(r);
    return r;
  };
  const kill9 = async (r: RunnerChild) => {
    r.child.kill("SIGKILL");
    await r.exited;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(
      inject("ownerDatabaseUrl"),
      inject("databaseUrl"),
      "rd_crash",
    );
    sink = await startSmtpSink();
    sql = postgres(scratch.url, { max: 1, onnotice: () => undefined });
  });
  afterEach(async () => {
    for (const r of runners.splice(0)) await kill9(r);
    sink.verdict = () => "accept";
  });
  afterAll(async () => {
    await sql.end();
    await sink.close();
    await scratch.drop();
  });

  it("has the job it held taken over by the next runner within a minute, not after the 15-minute expiry", async () => {
    const first = await start({ TEST_HOLD_MS: "600000" });
    // Woken the way the web server wakes jobs: a NOTIFY on the job's channel with its data.
    await sql`SELECT pg_notify('job_test_hold', ${JSON.stringify({ tag: "held" })})`;
    const job = async () =>
      (
        await sql`SELECT state, retry_count FROM pgboss.job WHERE name = 'test-hold' AND data->>'tag' = 'held'`
      )[0] as { state: string; retry_count: number } | undefined;
    await expect.poll(async () => (await job())?.state, { timeout: 30_000 }).toBe("active");
    await kill9(first);
    const t0 = Date.now();
    await start({ TEST_HOLD_MS: "0" });
    await expect
      .poll(async () => (await job())?.state, { timeout: 60_000, interval: 500 })
      .toBe("completed");
    expect((await job())!.retry_count).toBeGreaterThanOrEqual(1);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  it("sends a reply again after a crash between the mail server taking it and the state update: at least once, same Message-ID, ending sent", async () => {
    const [r] = await sql`
      INSERT INTO refund_requests (ref, status, from_address, subject, received_at)
      VALUES ('RR-2026-000201', 'decided', 'c@example.com', 'Refund', now()) RETURNING id`;
    // The mail server has the message; before its "250" reaches the runner, the runner dies.
    let received: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (received = resolve));
    sink.verdict = () => {
      received();
      return new Promise<SinkVerdict>(() => undefined);
    };
    const first = await start({ TEST_LEASE_SECONDS: "2" });
    const [m] = await sql`
      INSERT INTO outbound_emails (request_id, state, to_address, subject, body, message_id)
      VALUES (${r!.id}, 'queued', 'c@example.com', 'Re: Refund', 'Body', 'crash-201@refund-desk.test')
      RETURNING id`;
    await arrived;
    await kill9(first);
    const row = async () =>
      (await sql`SELECT state, attempts, error FROM outbound_emails WHERE id = ${m!.id}`)[0]!;
    expect(await row()).toMatchObject({ state: "sending", attempts: 1 });

    sink.verdict = () => "accept";
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // the dead sender's lease ends
    await start({ TEST_LEASE_SECONDS: "2" });
    await expect
      .poll(async () => (await row()).state, { timeout: 60_000, interval: 500 })
      .toBe("sent");
    const copies = sink.received.filter((x) => x.messageId === "crash-201@refund-desk.test");
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(new Set(copies.map((c) => c.raw.replace(/^Date:.*$/m, ""))).size).toBe(1);
    expect(await row()).toMatchObject({ attempts: 2, error: null });
  });
});
