import { minorDigits } from "@/lib/policy/money";

const symbolCache = new Map<string, string>();

/** The currency's narrow symbol ("$", "€", "₽", "£"), or "" when it has none but its code. */
function symbolOf(currency: string): string {
  let s = symbolCache.get(currency);
  if (s === undefined) {
    try {
      const part = new Intl.NumberFormat("en", {
        style: "currency",
        currency,
        currencyDisplay: "narrowSymbol",
      })
        .formatToParts(0)
        .find((p) => p.type === "currency")?.value;
      s = part && part !== currency ? part : "";
    } catch {
      s = "";
    }
    if (symbolCache.size < 500) symbolCache.set(currency, s);
  }
  return s;
}

/**
 * Money as a refunds team reads it (Stripe's dashboard convention): symbol,
 * grouped digits in the currency's own decimal places, the ISO code, and a
 * real minus sign for money going out — "$1,234.50 USD", "−₽450.00 RUB".
 * From integer minor units by string arithmetic: no float touches an amount.
 */
export function formatMoney(minor: number, currency: string, o: { signed?: boolean } = {}): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : "";
  const sign = negative ? "−" : o.signed && minor > 0 ? "+" : "";
  return `${sign}${symbolOf(currency)}${whole}${fraction} ${currency}`;
}
