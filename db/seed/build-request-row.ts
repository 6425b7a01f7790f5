import { addWorkingDays } from "@/lib/policy/calendar";
import type { ClauseId } from "@/lib/policy/clauses";
import { REQUIRED_ITEMS, type Claim, type Outcome } from "@/lib/policy/vocabulary";
import type { BenchOrder } from "./bench-accounts";
import { buildEmail } from "./build-email";
import { drawClaimRule } from "./claim-mix";
import { REFUNDS_MAILBOX } from "./demo-emails";
import { rowRandom } from "./row-random";

/** One generated request and the email it came from, flat for jsonb_to_recordset. */
export type RequestRow = {
  ref: string;
  customer_id: string | null;
  order_id: string | null;
  status: string;
  from_address: string;
  from_name: string;
  subject: string;
  body: string;
  raw: string;
  message_id: string;
  claim: Claim;
  amount_minor: number | null;
  currency: string;
  direct: boolean;
  phones: string[];
  order_refs: string[];
  language: string;
  missing: string[];
  received_at: string;
  completed_at: string | null;
  review_by: string | null;
  assignee_id: string | null;
  rec_outcome: Outcome | null;
  rec_amount_minor: number | null;
  rec_destination: string | null;
  rec_clauses: ClauseId[];
  matched: boolean;
};

const STATUSES: Array<[string, number]> = [
  ["to_review", 30],
  ["awaiting_customer", 12],
  ["decided", 18],
  ["paid", 25],
  ["closed", 15],
];
const DAY = 86_400_000;

export type BuildRequestRowOptions = {
  n: number;
  seed: number;
  now: Date;
  orders: BenchOrder[];
  reviewers: string[];
};

/** Request number `n` (its ref's digits) with its email, drawn from realistic distributions. */
export function buildRequestRow(o: BuildRequestRowOptions): RequestRow {
  const r = rowRandom(o.seed, o.n);
  const order = o.orders[Math.floor(r() * o.orders.length)]!;
  const matched = r() > 0.08;
  const rule = drawClaimRule(r);
  let s = r() * 100;
  const status = STATUSES.find(([, w]) => (s -= w) < 0)?.[0] ?? "to_review";
  const ru = order.currency === "RUB";
  const receivedAt = new Date(o.now.getTime() - Math.floor(r() * 90 * DAY));
  const year = o.now.getUTCFullYear();
  const ref = `RR-${year}-${String(o.n).padStart(6, "0")}`;
  const direct = r() < 0.3;
  const amount = r() < 0.05 ? null : order.paidMinor;
  const missing = status === "awaiting_customer" ? REQUIRED_ITEMS.filter(() => r() < 0.4) : [];
  if (status === "awaiting_customer" && missing.length === 0) missing.push("paymentDetails");
  const complete = missing.length === 0;
  const from = matched ? order.email : `user${o.n}@example.net`;
  const subject = `${ru ? rule.ru : rule.en} ${order.orderRef}`;
  const amountText =
    amount === null
      ? ""
      : ru
        ? ` Сумма ${amount / 100} руб.`
        : ` Amount ${(amount / 100).toFixed(2)} ${order.currency}.`;
  const body = ru
    ? `Здравствуйте. ${rule.ru}: номер ${order.phone}, заказ ${order.orderRef}.${amountText}`
    : `Hello. ${rule.en}: number ${order.phone}, order ${order.orderRef}.${amountText}`;
  const messageId = `bench-${o.seed}-${o.n}@${from.split("@")[1]}`;
  const raw = buildEmail({
    from: { name: order.name, address: from },
    to: REFUNDS_MAILBOX,
    subject,
    date: receivedAt,
    utcOffsetMinutes: ru ? 180 : 0,
    messageId,
    body,
    encoding: "8bit",
  }).toString("utf8");
  const reviewed = status !== "to_review" && status !== "awaiting_customer";
  const recAmount =
    complete && rule.pays && amount !== null
      ? rule.outcome === "partial"
        ? Math.round(amount * 0.6)
        : amount
      : null;
  return {
    ref,
    customer_id: matched ? order.customerId : null,
    order_id: matched ? order.orderId : null,
    status,
    from_address: from,
    from_name: order.name,
    subject,
    body,
    raw,
    message_id: messageId,
    claim: rule.claim,
    amount_minor: amount,
    currency: order.currency,
    direct,
    phones: [order.phone],
    order_refs: [order.orderRef],
    language: ru ? "ru" : "en",
    missing,
    received_at: receivedAt.toISOString(),
    completed_at: complete ? receivedAt.toISOString() : null,
    review_by: complete ? new Date(addWorkingDays(receivedAt.getTime(), 2)).toISOString() : null,
    assignee_id:
      o.reviewers.length && (reviewed || r() < 0.5)
        ? o.reviewers[Math.floor(r() * o.reviewers.length)]!
        : null,
    rec_outcome: complete ? rule.outcome : "needs_info",
    rec_amount_minor: recAmount,
    rec_destination:
      recAmount === null
        ? null
        : direct && rule.clause?.startsWith("VN-DIRECT")
          ? "direct"
          : "balance",
    rec_clauses: complete ? (rule.clause ? [rule.clause] : []) : ["REQ-INCOMPLETE"],
    matched,
  };
}
