import { addWorkingDays } from "@/lib/policy/calendar";
import type { ClauseId } from "@/lib/policy/clauses";
import { REQUIRED_ITEMS, type Claim, type Outcome } from "@/lib/policy/vocabulary";
import type { BenchOrder } from "./bench-accounts";
import { buildEmail } from "./build-email";
import { REFUNDS_MAILBOX } from "./demo-emails";

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

type Rule = {
  claim: Claim;
  weight: number;
  outcome: Outcome;
  clause: ClauseId | null;
  pays: boolean;
  en: string;
  ru: string;
};
// Claim mix of a typical month, with the recommendation the engine gives each.
const RULES: Rule[] = [
  {
    claim: "number_not_working",
    weight: 22,
    outcome: "approve",
    clause: "VN-BAL-OUTAGE-24H",
    pays: true,
    en: "Number not working",
    ru: "Номер не работает",
  },
  {
    claim: "number_not_working",
    weight: 8,
    outcome: "deny",
    clause: "VN-DENY-OUTAGE-UNDER-24H",
    pays: false,
    en: "Number was down this morning",
    ru: "Номер не работал утром",
  },
  {
    claim: "operator_blocked",
    weight: 8,
    outcome: "approve",
    clause: "VN-BAL-OPERATOR-BLOCK",
    pays: true,
    en: "Number blocked by operator",
    ru: "Оператор заблокировал номер",
  },
  {
    claim: "order_not_completed",
    weight: 7,
    outcome: "approve",
    clause: "VN-DIRECT-ORDER-NOT-COMPLETED",
    pays: true,
    en: "Order not completed",
    ru: "Заказ не выполнен",
  },
  {
    claim: "number_not_provided",
    weight: 4,
    outcome: "approve",
    clause: "VN-BAL-NOT-PROVIDED",
    pays: true,
    en: "Number never provided",
    ru: "Номер не предоставлен",
  },
  {
    claim: "provider_fault",
    weight: 4,
    outcome: "partial",
    clause: "VN-DIRECT-PROVIDER-FAULT",
    pays: true,
    en: "Provider outage, no replacement",
    ru: "Сбой провайдера",
  },
  {
    claim: "sms_not_received",
    weight: 10,
    outcome: "already_refunded",
    clause: "DISP-AUTO-NO-SMS",
    pays: false,
    en: "SMS not received",
    ru: "Не пришло СМС",
  },
  {
    claim: "specific_service_sms_failure",
    weight: 6,
    outcome: "deny",
    clause: "VN-DENY-REGISTRATION-SPECIFIC-SERVICE",
    pays: false,
    en: "No code from WhatsApp",
    ru: "Не приходит код Telegram",
  },
  {
    claim: "caller_id_unavailable",
    weight: 3,
    outcome: "deny",
    clause: "VN-DENY-CALLER-ID-TECHNICAL",
    pays: false,
    en: "Caller ID not working",
    ru: "Подмена номера не работает",
  },
  {
    claim: "changed_mind",
    weight: 9,
    outcome: "deny",
    clause: "GEN-DENY-CHANGED-MIND",
    pays: false,
    en: "Cancel my order",
    ru: "Передумал",
  },
  {
    claim: "accidental_topup",
    weight: 4,
    outcome: "deny",
    clause: "GEN-DENY-ACCIDENTAL-TOPUP",
    pays: false,
    en: "Topped up by mistake",
    ru: "Ошибочное пополнение",
  },
  {
    claim: "voluntary_disconnect",
    weight: 5,
    outcome: "deny",
    clause: "VN-DENY-VOLUNTARY-DISCONNECT",
    pays: false,
    en: "Refund remaining days",
    ru: "Возврат за оставшиеся дни",
  },
  {
    claim: "unused_balance",
    weight: 4,
    outcome: "deny",
    clause: "VN-DENY-DELETED-WITH-BALANCE",
    pays: false,
    en: "Withdraw my balance",
    ru: "Вывод остатка",
  },
  {
    claim: "misunderstanding",
    weight: 3,
    outcome: "deny",
    clause: "GEN-DENY-MISUNDERSTANDING",
    pays: false,
    en: "Not what I expected",
    ru: "Не разобрался",
  },
  {
    claim: "other",
    weight: 3,
    outcome: "manual_review",
    clause: null,
    pays: false,
    en: "Refund request",
    ru: "Возврат средств",
  },
];
const TOTAL = RULES.reduce((s, r) => s + r.weight, 0);
const STATUSES: Array<[string, number]> = [
  ["to_review", 30],
  ["awaiting_customer", 12],
  ["decided", 18],
  ["paid", 25],
  ["closed", 15],
];
const DAY = 86_400_000;

/** mulberry32: a tiny seeded generator, so row n is the same whatever batch it lands in. */
export function rowRandom(seed: number, n: number): () => number {
  let a = (seed * 0x9e3779b1) ^ (n * 0x85ebca6b);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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
  let pick = r() * TOTAL;
  const rule = RULES.find((x) => (pick -= x.weight) < 0) ?? RULES[0]!;
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
