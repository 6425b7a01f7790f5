import type { RequestDetail } from "@/db/queries/request-detail";
import { dateTime } from "@/app/components/format";
import { RefreshWhile } from "@/app/components/refresh-while";
import { DraftReplyEditor } from "./draft-reply-editor";
import { HighlightedBody } from "./highlighted-body";
import { neutraliseBidi } from "@/lib/neutralise-bidi";

type Item =
  | { kind: "in"; at: Date; email: RequestDetail["inbound"][number] }
  | { kind: "out"; at: Date; email: RequestDetail["outbound"][number] };

/** A forwarded message cannot be masked: only "emails.raw" may download it. */
const isMessage = (contentType: string) => contentType.startsWith("message/");

/**
 * The whole conversation, oldest first: customer emails (with extraction highlights) and our
 * replies. Everything shown has payment details masked; the email as sent (.eml, unmasked HTML,
 * forwarded messages) is linked only for `canOpenOriginals`, and each download is audited.
 */
export function EmailThread({
  detail,
  canEdit,
  canOpenOriginals,
}: {
  detail: RequestDetail;
  canEdit: boolean;
  canOpenOriginals: boolean;
}) {
  const items: Item[] = [
    ...detail.inbound.map((e) => ({ kind: "in" as const, at: e.receivedAt, email: e })),
    ...detail.outbound.map((e) => ({
      kind: "out" as const,
      at: e.sentAt ?? e.createdAt,
      email: e,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <section aria-label="Email thread" className="space-y-3">
      <RefreshWhile
        active={detail.outbound.some((o) => o.state === "queued" || o.state === "sending")}
      />
      {items.map((it) =>
        it.kind === "in" ? (
          <article
            key={it.email.id}
            className="card"
            aria-label={`Email from ${it.email.fromAddress}`}
          >
            <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
              <span className="font-semibold">{it.email.fromName || it.email.fromAddress}</span>
              <span className="text-slate-500">{it.email.fromAddress}</span>
              <span className="ml-auto text-xs text-slate-500">
                {dateTime(it.email.receivedAt)} · via {it.email.channel}
              </span>
              <span className="w-full text-slate-700">
                {neutraliseBidi(it.email.subject ?? "")}
              </span>
            </header>
            {it.email.extraction ? (
              <HighlightedBody extraction={it.email.extraction} />
            ) : (
              <div className="whitespace-pre-wrap text-sm">{it.email.bodyText}</div>
            )}
            <footer className="mt-2 flex flex-wrap gap-3 text-xs">
              {detail.attachments
                .filter((a) => a.emailId === it.email.id)
                .map((a) =>
                  isMessage(a.contentType) && !canOpenOriginals ? (
                    <span key={a.id} className="text-slate-500">
                      📎 {neutraliseBidi(a.filename)} (forwarded message: managers only)
                    </span>
                  ) : (
                    <a
                      key={a.id}
                      className="text-indigo-700 underline"
                      href={`/api/attachments/${a.id}`}
                      download
                    >
                      📎 {neutraliseBidi(a.filename)} ({Math.ceil(a.sizeBytes / 1024)} KB)
                    </a>
                  ),
                )}
              {it.email.hasHtml && (
                <a
                  className="text-indigo-700 underline"
                  href={`/api/emails/${it.email.id}/html`}
                  target="_blank"
                  rel="noopener"
                >
                  View HTML (sandboxed, payment details masked)
                </a>
              )}
              {it.email.hasHtml && canOpenOriginals && (
                <a
                  className="text-slate-500 underline"
                  href={`/api/emails/${it.email.id}/html?original=1`}
                  target="_blank"
                  rel="noopener"
                >
                  unmasked (audited)
                </a>
              )}
              {canOpenOriginals && (
                <a
                  className="text-slate-500 underline"
                  href={`/api/emails/${it.email.id}/raw`}
                  download
                >
                  Download .eml (unmasked, audited)
                </a>
              )}
            </footer>
          </article>
        ) : (
          <article
            key={it.email.id}
            className="card border-l-4 border-l-indigo-300 bg-indigo-50/30"
            aria-label={`Reply to ${it.email.toAddress}`}
          >
            <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
              <span className="font-semibold">Refunds department → {it.email.toAddress}</span>
              <span className="ml-auto text-xs text-slate-500">
                {it.email.state === "sent"
                  ? `sent ${dateTime(it.email.sentAt)}${it.email.deliveredVia === "outbox" ? " (demo outbox)" : ""}`
                  : it.email.state === "failed"
                    ? `not sent: ${it.email.error ?? "failed"}`
                    : it.email.state}
              </span>
              <span className="w-full text-slate-700">
                {neutraliseBidi(it.email.subject ?? "")}
              </span>
            </header>
            {it.email.state === "draft" && canEdit ? (
              <DraftReplyEditor outboundId={it.email.id} body={it.email.body} />
            ) : (
              <div className="whitespace-pre-wrap text-sm">{it.email.body}</div>
            )}
          </article>
        ),
      )}
    </section>
  );
}
