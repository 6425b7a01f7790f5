import { dateTime } from "@/app/components/format";
import type { TimelineItem, TimelineKind } from "@/db/queries/request-timeline";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { formatMoney } from "@/lib/format-money";

const KIND_LABEL: Record<TimelineKind, string> = {
  email_in: "Email in",
  extraction: "Extraction",
  evaluation: "Policy",
  audit: "Action",
  decision: "Decision",
  reopening: "Reopened",
  reply: "Reply",
  payout: "Payout",
  ledger: "Ledger",
};
const KIND_STYLE: Partial<Record<TimelineKind, string>> = {
  decision: "bg-indigo-100 text-indigo-900",
  reopening: "bg-orange-100 text-orange-900",
  payout: "bg-green-100 text-green-900",
  ledger: "bg-emerald-50 text-emerald-900",
};

type Line = { account: string; amountMinor: number; currency: string };
const isLines = (x: unknown): x is Line[] => Array.isArray(x);

/** An item's title and evidence line; audit entries read as words with before → after. */
function describe(item: TimelineItem, names: ReadonlyMap<string, string>) {
  const amount =
    item.amountMinor !== null && item.currency
      ? ` ${formatMoney(item.amountMinor, item.currency)}`
      : "";
  if (item.kind === "audit" && item.data) {
    const d = describeAuditEntry(
      { action: item.title, entityType: "request", data: item.data },
      names,
    );
    return {
      title: d.summary,
      detail: d.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join(" · ") || null,
    };
  }
  if (item.kind === "ledger" && isLines(item.data?.lines)) {
    // Debit and credit in words: a signed amount on a customer's balance (credit-normal: the
    // company owes more when it goes negative) reads to a refunds team as money taken away.
    const lines = item.data.lines.map(
      (l) =>
        `${l.amountMinor > 0 ? "debit" : "credit"} ${l.account} ${formatMoney(Math.abs(l.amountMinor), l.currency)}`,
    );
    return { title: item.title, detail: lines.join(", ") };
  }
  return { title: `${item.title}${amount}`, detail: item.detail };
}

/**
 * The request's story, oldest first: every email, extraction, evaluation,
 * correction, assignment, decision, reopening, reply, payout state and
 * ledger posting, each with who (or which job) and when.
 */
export function RequestTimeline({
  items,
  names,
}: {
  items: TimelineItem[];
  names: ReadonlyMap<string, string>;
}) {
  return (
    <section className="card space-y-2 text-sm" aria-label="Timeline">
      <h2 className="font-semibold">Timeline</h2>
      <ol className="space-y-2 border-l border-slate-200 pl-3">
        {items.map((item, i) => {
          const d = describe(item, names);
          return (
            <li key={i} data-kind={item.kind}>
              <div className="flex flex-wrap items-baseline gap-2">
                <span className="whitespace-nowrap text-xs tabular-nums text-slate-500">
                  {dateTime(item.at)}
                </span>
                <span
                  className={`rounded px-1 text-xs ${KIND_STYLE[item.kind] ?? "bg-slate-100 text-slate-700"}`}
                >
                  {KIND_LABEL[item.kind]}
                </span>
                <span>{d.title}</span>
                <span className="text-xs text-slate-500">
                  {item.actor
                    ? `by ${item.actor}`
                    : item.job
                      ? `by job ${item.job}`
                      : "by the system"}
                </span>
              </div>
              {d.detail && <div className="text-xs text-slate-600">{d.detail}</div>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
