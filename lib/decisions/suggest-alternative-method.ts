import type { PaymentDetailKind } from "@/lib/policy/vocabulary";

/**
 * PAY-NO-REFUND-METHOD: when the order's payment method cannot take a refund,
 * the decision must name an alternative. If the customer's email gave payment
 * details, they are the obvious one: this phrases them (masked, never the full
 * value) for the decision record and the reply, in the reply's language. The
 * reviewer sees it prefilled, marked as a suggestion, and can change it.
 * Nothing is suggested when the details look like the order's own payment
 * method (its wallet's name, or the same last four digits): that method is
 * the one that cannot take the refund.
 */
export function suggestAlternativeMethod(
  payment: { kind: PaymentDetailKind; masked: string } | null,
  language: string | null | undefined,
  orderMethodLabel: string | null = null,
): string {
  if (!payment) return "";
  const m = payment.masked;
  if (orderMethodLabel && looksLikeMethod(payment, orderMethodLabel)) return "";
  if (language === "ru") {
    const ru: Record<PaymentDetailKind, string> = {
      card: `перевод на карту ${m}`,
      iban: `банковский перевод на IBAN ${m}`,
      bank_account: `банковский перевод на счёт ${m}`,
      paypal: `PayPal ${m}`,
      wallet: `кошелёк ${m}`,
      crypto: `криптокошелёк ${m}`,
      other: `реквизиты ${m}`,
    };
    return `${ru[payment.kind]} из вашего письма`;
  }
  const en: Record<PaymentDetailKind, string> = {
    card: `a transfer to the card ${m}`,
    iban: `bank transfer to the IBAN ${m}`,
    bank_account: `bank transfer to the account ${m}`,
    paypal: `PayPal to ${m}`,
    wallet: `the wallet ${m}`,
    crypto: `a transfer to the crypto wallet ${m}`,
    other: m,
  };
  return `${en[payment.kind]} given in your email`;
}

function looksLikeMethod(
  payment: { kind: PaymentDetailKind; masked: string },
  label: string,
): boolean {
  const l = label.toLowerCase();
  const last4 = /(\d{4})\s*$/.exec(payment.masked)?.[1];
  if (last4 && l.includes(last4)) return true;
  const walletName =
    payment.kind === "other" || payment.kind === "wallet"
      ? payment.masked.split(/\s+/)[0]?.toLowerCase()
      : null;
  return Boolean(walletName && walletName.length >= 3 && l.includes(walletName));
}
