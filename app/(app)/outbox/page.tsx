import Link from "next/link";
import { getDb } from "@/db/client";
import { listOutbox } from "@/db/queries/outbox";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { dateTime } from "@/app/components/format";
import { SendDraftButton } from "./send-draft-button";

export const metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const user = await requireUser("queue.read");
  const rows = await listOutbox(getDb());
  const demo = !env().SMTP_URL;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Outbox</h1>
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
              <th></th>
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
                <td className="whitespace-nowrap">
                  {r.state}
                  {r.deliveredVia === "outbox" ? " (captured)" : ""}
                  {r.error ? `: ${r.error}` : ""}
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
