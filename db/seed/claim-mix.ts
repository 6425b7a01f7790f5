import type { ClauseId } from "@/lib/policy/clauses";
import type { Claim, Outcome } from "@/lib/policy/vocabulary";

/** One kind of claim, how often it comes, and what the engine recommends for it. */
export type ClaimMixRule = {
  claim: Claim;
  weight: number;
  outcome: Outcome;
  clause: ClauseId | null;
  pays: boolean;
  en: string;
  ru: string;
};
// Claim mix of a typical month, with the recommendation the engine gives each.
const RULES: ClaimMixRule[] = [
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

/** One claim drawn by its weight in the month's mix. */
export function drawClaimRule(random: () => number): ClaimMixRule {
  let pick = random() * TOTAL;
  return RULES.find((x) => (pick -= x.weight) < 0) ?? RULES[0]!;
}
