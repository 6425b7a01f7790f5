import { emptyField, field, makeSpan } from "./make-field";
import { maskPaymentDetail } from "./mask-payment-detail";
import type { PaymentDetailKind } from "@/lib/policy/vocabulary";
import type { Field, PaymentDetail, Span } from "./extraction-types";
import type { Candidate } from "./payment-details/candidate";
import { findCards } from "./payment-details/find-cards";
import { findBankAccounts, findIbansAndPaypal } from "./payment-details/find-accounts";
import { findCryptoAddresses, findCryptoShapes } from "./payment-details/find-crypto";
import { findNamedWallets, findWalletShapes } from "./payment-details/find-wallets";

/** Every finder's candidates, in this order: the earliest of equally sure candidates wins ties. */
function findCandidates(text: string): Candidate[] {
  return [
    ...findCards(text),
    ...findIbansAndPaypal(text),
    ...findCryptoAddresses(text),
    ...findWalletShapes(text),
    ...findCryptoShapes(text),
    ...findBankAccounts(text),
    ...findNamedWallets(text),
  ];
}

/**
 * Spans that belong to payment details, so phone and amount extraction can
 * skip them and the stored text can mask them. An account followed by its BIC
 * gives the two numbers separately, so each is masked to its own last four
 * (the account's match the extracted "•••• 4312").
 */
export function paymentDetailSpans(
  text: string,
): Array<{ start: number; end: number; kind: PaymentDetailKind }> {
  return findCandidates(text).flatMap(({ start, end, parts, kind }) =>
    (parts ?? [{ start, end }]).map((p) => ({ ...p, kind })),
  );
}

/**
 * Where the customer wants the money to go. The most certain candidate
 * wins (checksummed numbers over "card ending 4242"), then the earliest.
 */
export function extractPaymentDetails(text: string): Field<PaymentDetail> {
  const all = findCandidates(text);
  // Digits inside a labelled detail (an IBAN, a bank account, a named wallet)
  // belong to it, even when they happen to pass a card's Luhn check.
  const labelled = all.filter(
    (c) => c.kind === "iban" || c.kind === "bank_account" || c.kind === "wallet",
  );
  const candidates = all.filter(
    (c) =>
      !labelled.some(
        (o) =>
          o !== c && o.kind !== c.kind && o.start <= c.start && c.end <= o.end && c.kind !== "iban",
      ),
  );
  const best = candidates.sort((a, b) => b.confidence - a.confidence || a.start - b.start)[0];
  if (!best) return emptyField();
  const span: Span = makeSpan(text, best.start, best.end);
  return field(
    { kind: best.kind, masked: maskPaymentDetail(best.kind, best.value), value: best.value },
    best.confidence,
    span,
  );
}
