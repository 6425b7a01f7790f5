/**
 * Money in integer minor units. Pro-rata figures round to the nearest minor
 * unit, halves up (policy-spec.md "Working days and dates"); the arithmetic
 * is BigInt so no float ever touches an amount.
 */

/**
 * round_half_up(paidMinor × partMs ÷ wholeMs). `partMs` is clamped to
 * [0, wholeMs], so the result is never negative and never above `paidMinor`.
 */
export function proRataMinor(paidMinor: number, partMs: number, wholeMs: number): number {
  if (!Number.isSafeInteger(paidMinor) || paidMinor < 0)
    throw new RangeError(`paidMinor must be a non-negative safe integer, got ${paidMinor}`);
  if (!Number.isSafeInteger(partMs) || !Number.isSafeInteger(wholeMs))
    throw new RangeError("durations must be whole milliseconds");
  if (wholeMs <= 0) throw new RangeError(`wholeMs must be positive, got ${wholeMs}`);
  const part = BigInt(Math.min(Math.max(partMs, 0), wholeMs));
  const whole = BigInt(wholeMs);
  const numerator = BigInt(paidMinor) * part;
  const quotient = numerator / whole;
  const remainder = numerator % whole;
  return Number(remainder * 2n >= whole ? quotient + 1n : quotient);
}

// Building an Intl.NumberFormat costs ~0.1 ms; every explanation formats amounts, so remember each currency's answer.
const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit (JPY 0, EUR 2, BHD 3); 2 when Intl does not know it. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    if (digitsCache.size < 500) digitsCache.set(currency, digits);
  }
  return digits;
}

/** "12.34" from 1234 minor units in the currency's decimal places, without floats (also what a form field shows). */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? "-" : "";
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : "";
  return `${sign}${whole}${fraction}`;
}

/** "12.34 EUR" from 1234 minor units, without floats. */
export function formatMinor(amountMinor: number, currency: string): string {
  return `${minorToDecimal(amountMinor, currency)} ${currency}`;
}

// ISO 4217 codes as the platform's ICU data knows them (kept current with Node's releases).
let isoCurrencies: Set<string> | undefined;

/** Whether `code` is an ISO 4217 currency code ("USD"); "XYZ" and lower case are not. */
export function isIsoCurrency(code: string): boolean {
  isoCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return isoCurrencies.has(code);
}
