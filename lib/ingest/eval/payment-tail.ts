import type { PaymentDetail } from "../extraction-types";

/**
 * The corpus's `payment.tail` of an extracted detail: the last four letters
 * or digits of the identifier with spaces and punctuation dropped. A bank
 * account's value carries its BIC after it ("<account> BIC <bic>"), and a
 * wallet's its name before it ("Qiwi +7912…"): the identifier is the account
 * and the id. For PayPal the whole address counts ("oleh.k@gmail.com" → "lcom").
 */
export function paymentTail(detail: Pick<PaymentDetail, "kind" | "value">): string {
  let id = detail.value.trim();
  if (detail.kind === "bank_account") id = id.split(/\s+BIC\s+/)[0] ?? id;
  if (detail.kind === "wallet" || detail.kind === "other") id = id.split(/\s+/).pop() ?? id;
  return id.replace(/[^\p{L}\p{N}]/gu, "").slice(-4);
}
