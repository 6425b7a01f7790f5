import type { RefundDestination } from "../provider/types";

/** When the sandbox fails a refund; everything else succeeds. First matching rule wins. */
export type FailureRules = {
  /** A card number in card details, or an original paymentRef, ending in one of these: card_declined. */
  cardSuffixes: string[];
  /** An account number in bank-transfer or wallet details ending in one of these: account_closed. */
  accountSuffixes: string[];
  /** Bank-transfer details containing one of these words (any case): account_closed. */
  bankWords: string[];
  /** Amounts (minor units) the provider refuses: amount_rejected. */
  amounts: number[];
};

export const DEFAULT_FAILURE_RULES: FailureRules = {
  cardSuffixes: ["0002"],
  accountSuffixes: ["0000"],
  bankWords: ["CLOSED"],
  amounts: [1313],
};

export const FAILURE_REASONS = {
  card_declined: "card_declined: the card issuer refused the refund",
  account_closed: "account_closed: the receiving account is closed",
  amount_rejected: "amount_rejected: the provider refused this amount",
} as const;

export type SettlementOutcome =
  { status: "succeeded"; failureReason: null } | { status: "failed"; failureReason: string };

/**
 * The numbers written in free-text requisites, separators between digit
 * groups dropped, words without digits left out: "4000 0000 0000 0002" ->
 * "4000000000000002"; "IBAN DE89 3704 0044 0532 0130 00, J. Doe" -> "DE89370400440532013000".
 */
export function numbersIn(details: string): string[] {
  const runs =
    details.match(/(?:[A-Za-z]+[0-9]|[0-9])[0-9A-Za-z]*(?:[ -][0-9][0-9A-Za-z]*)*/g) ?? [];
  return runs.map((r) => r.replace(/[ -]/g, ""));
}

const endsWithAny = (values: string[], suffixes: string[]) =>
  suffixes.some((s) => s !== "" && values.some((v) => v.endsWith(s)));

/** How a refund will settle, decided from the request alone (deterministic). */
export function decideOutcome(
  req: { amountMinor: number; destination: RefundDestination },
  rules: FailureRules,
): SettlementOutcome {
  const failed = (reason: keyof typeof FAILURE_REASONS): SettlementOutcome => ({
    status: "failed",
    failureReason: FAILURE_REASONS[reason],
  });
  const d = req.destination;
  if (d.kind === "original_payment" && endsWithAny([d.paymentRef.trim()], rules.cardSuffixes))
    return failed("card_declined");
  if (d.kind === "card" && endsWithAny(numbersIn(d.details), rules.cardSuffixes))
    return failed("card_declined");
  if (d.kind === "bank_transfer" || d.kind === "wallet") {
    const upper = d.details.toUpperCase();
    if (
      d.kind === "bank_transfer" &&
      rules.bankWords.some((w) => w && upper.includes(w.toUpperCase()))
    )
      return failed("account_closed");
    if (endsWithAny(numbersIn(d.details), rules.accountSuffixes)) return failed("account_closed");
  }
  if (rules.amounts.includes(req.amountMinor)) return failed("amount_rejected");
  return { status: "succeeded", failureReason: null };
}
