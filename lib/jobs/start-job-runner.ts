import PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import type { Env } from "@/lib/env";
import { sendOutboundEmails } from "@/lib/requests/send-outbound-emails";
import { pollImap } from "./poll-imap";
import { retryStuckEmails } from "./retry-stuck-emails";

export type JobRunner = { stop: () => Promise<void> };
type Log = (obj: Record<string, unknown>, msg: string) => void;

/**
 * Background jobs on a PostgreSQL-backed queue (pg-boss), started with the
 * app: IMAP polling every minute when a mailbox is configured, the retry
 * of emails whose processing failed, and sending of queued replies.
 */
export async function startJobRunner(db: Db, e: Env, log: Log): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: e.DATABASE_URL!, schema: "pgboss" });
  boss.on("error", (err) => log({ err }, "job queue error"));
  await boss.start();
  const jobs: Record<string, () => Promise<unknown>> = {
    "retry-stuck-emails": () => retryStuckEmails(db),
    // Replies queued by the pipeline (auto_send_replies) or whose first send failed to start.
    "send-queued-replies": () => sendOutboundEmails(db, { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }),
  };
  if (e.IMAP_HOST && e.IMAP_USER && e.IMAP_PASSWORD) {
    const config = { host: e.IMAP_HOST, port: e.IMAP_PORT, secure: e.IMAP_TLS, user: e.IMAP_USER, password: e.IMAP_PASSWORD, folder: e.IMAP_FOLDER };
    jobs["poll-imap"] = () => pollImap(db, config);
  }
  for (const [name, run] of Object.entries(jobs)) {
    await boss.createQueue(name, { name, policy: "singleton" });
    await boss.work(name, async () => {
      const report = await run();
      log({ job: name, report }, "job done");
    });
    await boss.schedule(name, "* * * * *");
    await boss.send(name, {});
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
