import { formatMinor } from "@/lib/policy/money";

export { count, dateTime } from "@/lib/format";

export function money(
  minor: number | null | undefined,
  currency: string | null | undefined,
): string {
  if (minor === null || minor === undefined) return "—";
  return currency ? formatMinor(minor, currency) : String(minor);
}

/** Time left to a deadline, "overdue 3h" when past. */
export function timeLeft(deadline: Date | null, now: Date): { text: string; overdue: boolean } {
  if (!deadline) return { text: "not started", overdue: false };
  const ms = deadline.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const text =
    h >= 48
      ? `${Math.floor(h / 24)}d ${h % 24}h`
      : h >= 1
        ? `${h}h ${Math.floor((abs % 3_600_000) / 60_000)}m`
        : `${Math.floor(abs / 60_000)}m`;
  return ms < 0
    ? { text: `overdue ${text}`, overdue: true }
    : { text: `${text} left`, overdue: false };
}

export const OUTCOME_STYLE: Record<string, string> = {
  approve: "bg-green-100 text-green-800",
  partial: "bg-lime-100 text-lime-800",
  deny: "bg-red-100 text-red-800",
  needs_info: "bg-amber-100 text-amber-800",
  wait: "bg-sky-100 text-sky-800",
  already_refunded: "bg-slate-200 text-slate-700",
  manual_review: "bg-purple-100 text-purple-800",
};

export const STATUS_LABEL: Record<string, string> = {
  to_review: "To review",
  awaiting_customer: "Awaiting customer",
  decided: "Decided",
  paid: "Paid",
  closed: "Closed",
  all: "All",
};

export const PRODUCT_LABEL: Record<string, string> = {
  rented_number: "Rented",
  disposable_number: "Disposable",
  caller_id: "Caller ID",
  topup: "Top-up",
};

export function OutcomeBadge({ outcome }: { outcome: string | null }) {
  if (!outcome) return <span className="text-slate-600">—</span>;
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${OUTCOME_STYLE[outcome] ?? ""}`}
    >
      {outcome.replace("_", " ")}
    </span>
  );
}
