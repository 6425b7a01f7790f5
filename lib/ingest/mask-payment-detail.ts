import type { PaymentDetailKind } from "@/lib/policy/vocabulary";

const DOT = "•";

function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${DOT.repeat(3)}@${domain}`;
}

/**
 * The display form of a payment detail: enough to recognise it, never
 * enough to use it. Safe for logs, CLI output and the UI.
 */
export function maskPaymentDetail(kind: PaymentDetailKind, value: string): string {
  const compact = value.replace(/[\s-]/g, "");
  const dots4 = DOT.repeat(4);
  switch (kind) {
    case "card":
      return `${dots4} ${compact.replace(/\D/g, "").slice(-4)}`;
    case "iban":
      return `${compact.slice(0, 4).toUpperCase()} ${dots4} ${dots4} ${compact.slice(-4)}`;
    case "bank_account": {
      // The value is "<account> BIC <bic>"; the account is the first long digit run.
      const account = /\d{4,}/.exec(compact)?.[0] ?? compact;
      return `${dots4} ${account.slice(-4)}`;
    }
    case "paypal":
      return maskEmail(compact);
    case "crypto":
      return compact.length > 12
        ? `${compact.slice(0, 4)}…${compact.slice(-5)}`
        : `${DOT.repeat(3)}`;
    default: {
      // "Qiwi +79161234567": keep the wallet's name, mask the id.
      const named = /^(.+?)\s+(\S+)$/.exec(value.trim());
      if (named) return `${named[1]} ${maskPaymentDetail(kind, named[2] ?? "")}`;
      if (/^[^@\s]+@[^@\s]+$/.test(compact)) return maskEmail(compact);
      return compact.length >= 8
        ? `${compact.slice(0, 2)}${DOT.repeat(3)}${compact.slice(-3)}`
        : DOT.repeat(3);
    }
  }
}
