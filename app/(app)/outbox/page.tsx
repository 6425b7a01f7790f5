import Link from "next/link";
import { getDb } from "@/db/client";
import { listOutbox } from "@/db/queries/outbox";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { dateTime } from "@/app/components/format";
import { RefreshWhile } from "@/app/components/refresh-while";
import { SEND_DEFAULTS } from "@/lib/requests/send-outbound-emails";
import { SendDraftButton } from "./send-draft-button";

export const metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const user = await requireUser("queue.read");
  const rows = await listOutbox(getDb());
  const demo = !env().SMTP_URL;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Outbox</h1>
      <RefreshWhile active={rows.some((r) => r.state === "queued" || r.state === "sending")} />
      <p className="text-sm text-slate-600">
        {demo
          ? "No SMTP server is configured (SMTP_URL): replies are captured here instead of being sent — demo mode."
          : "Replies are sent through the configured SMTP server."}
      </p>
      <div className="card overflow-x-auto p-0">
        <table className="table" aria-label="Outbox">
          <thead>
            <tr>
              <th>Request</th>
              <th>To</th>
              <th>Subject</th>
              <th>State</th>
              <th>When</th>
              <th>By</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="text-slate-500">
                  No replies yet.
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="font-mono text-xs">
                  <Link
                    className="text-indigo-700 hover:underline"
                    href={`/requests/${r.requestId}`}
                  >
                    {r.ref}
                  </Link>
                </td>
                <td>{r.toAddress}</td>
                <td className="max-w-md">
                  <details>
                    <summary className="cursor-pointer">{r.subject}</summary>
                    <pre className="mt-1 whitespace-pre-wrap text-xs">{r.body}</pre>
                  </details>
                </td>
                <td className="max-w-xs">
                  <span className="whitespace-nowrap">
                    {r.state}
                    {r.deliveredVia === "outbox" ? " (captured)" : ""}
                  </span>
                  {r.attempts > 0 && r.state !== "sent" && (
                    <span className="block text-xs text-slate-600">
                      attempt {r.attempts} of {SEND_DEFAULTS.maxAttempts}
                      {r.state === "queued" && r.nextAttemptAt
                        ? `, next at ${dateTime(r.nextAttemptAt)}`
                        : ""}
                    </span>
                  )}
                  {r.error && r.state !== "sent" && (
                    <span className="block text-xs text-red-700">{r.error}</span>
                  )}
                </td>
                <td className="whitespace-nowrap text-xs">{dateTime(r.sentAt ?? r.createdAt)}</td>
                <td className="text-xs">{r.author ?? "system"}</td>
                <td>
                  {r.state === "draft" && can(user.role, "requests.edit") && (
                    <SendDraftButton outboundId={r.id} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
