import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import postgres from "postgres";
import { createScratchDatabase, type ScratchDatabase } from "@/test-support/scratch-database";
import { startSmtpSink, type SinkVerdict, type SmtpSink } from "@/test-support/smtp-sink";
import { spawnRunner, type RunnerChild } from "./test-support/spawn-runner";

// The production entry point, as `npm start` runs it.
const RUNNER_SCRIPT = "scripts/job-runner.ts";

describe("the job runner and a database outage", () => {
  let scratch: ScratchDatabase;
  let sink: SmtpSink;
  let sql: postgres.Sql;
  let runner: RunnerChild | undefined;
  beforeAll(async () => {
    scratch = await createScratchDatabase(
      inject("ownerDatabaseUrl"),
      inject("databaseUrl"),
      "rd_blip",
    );
    sink = await startSmtpSink();
    sql = postgres(scratch.url, { max: 1, onnotice: () => undefined });
  });
  afterEach(async () => {
    runner?.child.kill("SIGKILL");
    await runner?.exited;
    runner = undefined;
  });
  afterAll(async () => {
    await sql.end();
    await sink.close();
    await scratch.drop();
  });

  async function queueReply(ref: string): Promise<string> {
    const [r] = await sql`
      INSERT INTO refund_requests (ref, status, from_address, subject, received_at)
      VALUES (${ref}, 'decided', 'c@example.com', 'Refund', now()) RETURNING id`;
    const [m] = await sql`
      INSERT INTO outbound_emails (request_id, state, to_address, subject, body, message_id)
      VALUES (${r!.id}, 'queued', 'c@example.com', 'Re: Refund', 'Body', ${`${ref}@refund-desk.test`})
      RETURNING id`;
    return m!.id as string;
  }

  const stateOf = async (id: string) =>
    (await sql`SELECT state FROM outbound_emails WHERE id = ${id}`)[0]?.state as string;

  it("stays alive when the database goes away while a job runs, and runs jobs again within a minute of its return", async () => {
    // The first reply's send is held open by the mail server until the database is down.
    let release: (v: SinkVerdict) => void = () => undefined;
    sink.verdict = () => new Promise<SinkVerdict>((resolve) => (release = resolve));
    const first = await queueReply("RR-2026-000101");
    runner = await spawnRunner(RUNNER_SCRIPT, {
      DATABASE_URL: scratch.url,
      SMTP_URL: sink.url,
      LOG_LEVEL: "warn",
    });
    await expect.poll(() => sink.received.length, { timeout: 30_000 }).toBe(1);

    // The database goes down while the job is active; the send then fails, so the job's
    // own writes and pg-boss's completion of the job meet a database that is not there.
    await sql.end();
    expect(await scratch.takeDown()).toBeGreaterThan(0);
    sink.verdict = () => "accept";
    release("temporary");
    await new Promise((r) => setTimeout(r, 5_000));
    expect(runner.alive(), runner.output()).toBe(true);
    await scratch.bringUp();
    sql = postgres(scratch.url, { max: 1, onnotice: () => undefined });

    // Back within a minute: a reply queued now is sent (woken by its NOTIFY, so the runner
    // listens again), and the runner is still the same process.
    const second = await queueReply("RR-2026-000102");
    await expect.poll(() => stateOf(second), { timeout: 60_000, interval: 500 }).toBe("sent");
    expect(runner.alive(), runner.output()).toBe(true);
    expect(sink.received.map((m) => m.messageId)).toContain("RR-2026-000102@refund-desk.test");
    // The first one is not lost: it is queued for another attempt, or already sent.
    expect(["queued", "sending", "sent"]).toContain(await stateOf(first));
  });
});
