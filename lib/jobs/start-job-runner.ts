import PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import type { Env } from "@/lib/env";
import { runAuditVerification, VERIFY_CHANNEL } from "@/lib/audit/audit-verifications";
import postgres from "postgres";
import { sendOutboundEmails } from "@/lib/requests/send-outbound-emails";
import { pollImap } from "./poll-imap";
import { retryStuckEmails } from "./retry-stuck-emails";

export type JobRunner = { stop: () => Promise<void> };
type Log = (obj: Record<string, unknown>, msg: string) => void;

/**
 * Background jobs on a PostgreSQL-backed queue (pg-boss), started with the
 * app: IMAP polling every minute when a mailbox is configured, the retry
 * of emails whose processing failed, sending of queued replies, and full
 * verifications of the audit chain (daily, and at once when a manager asks:
 * the request's NOTIFY sends the job without waiting for the minute).
 */
export async function startJobRunner(db: Db, e: Env, log: Log): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: e.DATABASE_URL!, schema: "pgboss" });
  // The message and code only: pg's errors carry the whole client (connection parameters) with them.
  boss.on("error", (err: Error & { code?: string }) =>
    log({ err: { message: err.message, code: err.code } }, "job queue error"),
  );
  await boss.start();
  const jobs: Record<string, () => Promise<unknown>> = {
    "retry-stuck-emails": () => retryStuckEmails(db),
    // Replies queued by the pipeline (auto_send_replies) or whose first send failed to start.
    "send-queued-replies": () => sendOutboundEmails(db, { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }),
    "verify-audit-chain": async () => {
      const v = await runAuditVerification(db);
      return v && { id: v.id, status: v.status, ok: v.ok, checked: v.checked };
    },
  };
  if (e.IMAP_HOST && e.IMAP_USER && e.IMAP_PASSWORD) {
    const config = {
      host: e.IMAP_HOST,
      port: e.IMAP_PORT,
      secure: e.IMAP_TLS,
      user: e.IMAP_USER,
      password: e.IMAP_PASSWORD,
      folder: e.IMAP_FOLDER,
    };
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
  const notifications = postgres(e.DATABASE_URL!, { max: 1 });
  const listener = await notifications.listen(VERIFY_CHANNEL, () => {
    boss
      .send("verify-audit-chain", {})
      .catch((err: Error) =>
        log({ err: { message: err.message } }, "could not start the audit verification"),
      );
  });
  return {
    stop: async () => {
      await listener.unlisten().catch(() => undefined);
      await notifications.end({ timeout: 5 }).catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
