import { dateTime, timeLeft } from "@/app/components/format";
import { OPEN_PAYOUT_STATES } from "@/lib/payouts/vocabulary";

/**
 * The deadline that runs for the request's state: review (SLA-REVIEW-2WD) until decided, then
 * the payout's (SLA-BALANCE-5WD / SLA-DIRECT-1M) until the money arrives; none after that.
 */
export function SlaBadge(p: {
  status: string;
  reviewBy: Date | null;
  payouts: { state: string; dueBy: Date }[];
  timeZone: string;
}) {
  const now = new Date();
  const open = p.payouts.filter((x) => (OPEN_PAYOUT_STATES as readonly string[]).includes(x.state));
  const payoutDue = open.length ? new Date(Math.min(...open.map((x) => x.dueBy.getTime()))) : null;
  const [label, due] =
    p.status === "to_review"
      ? ["Review by", p.reviewBy]
      : p.status === "decided"
        ? ["Pay out by", payoutDue]
        : [null, null];
  if (p.status === "awaiting_customer")
    return (
      <span className="text-sm text-slate-700">
        Review clock not started (waiting for the customer)
      </span>
    );
  if (!label || !due) return null;
  const sla = timeLeft(due, now);
  return (
    <span
      className={`text-sm ${sla.overdue ? "font-semibold text-red-700" : "text-slate-700"}`}
      data-testid="sla"
    >
      {label} {dateTime(due, p.timeZone)} ({sla.text})
    </span>
  );
}
