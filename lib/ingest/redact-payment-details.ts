import { paymentDetailSpans } from "./extract-payment-details";
import { findFullPaymentNumbers } from "./find-full-payment-numbers";
import type { ParsedEmail } from "./parsed-email-types";
import type { Extraction } from "./extraction-types";

/**
 * What of an email may be stored in the clear: everything but the customer's full payment
 * details, which live only in the sealed column. Masking keeps every string's length, so
 * the spans that highlight fields in the email stay valid.
 */

/** All letters and digits but the last four become "•"; separators and the length stay. */
export function maskKeepingLength(s: string): string {
  let keep = 4;
  return [...s]
    .reverse()
    .map((ch) => (/[\p{L}\p{N}]/u.test(ch) ? (keep-- > 0 ? ch : "•") : ch))
    .reverse()
    .join("");
}

/**
 * Every payment-detail candidate written in these texts (as the extraction finds them, and any
 * full card number or IBAN however it is written: the extraction wants a plain space between
 * digit groups, a customer may type a non-breaking one), and the extra values given, longest first.
 */
export function secretsIn(texts: string[], extra: string[] = []): string[] {
  return [
    ...new Set([
      ...texts.flatMap((t) => paymentDetailSpans(t).map((s) => t.slice(s.start, s.end))),
      ...texts.flatMap((t) => findFullPaymentNumbers(t).map((f) => f.value)),
      ...extra,
    ]),
  ]
    .filter((s) => s.length > 4)
    .sort((a, b) => b.length - a.length);
}

/**
 * Every payment-detail candidate in the email (and the extracted full value),
 * longest first: the strings that must never leave the sealed column.
 */
export function secretsOf(x: Extraction): string[] {
  return secretsIn([x.bodyText], [x.paymentDetails.value?.value ?? ""]);
}

/**
 * A text as it may be stored in the clear: each payment-detail candidate found in it, and each
 * of `secrets` wherever it occurs, masked to its last four letters or digits. Length kept.
 */
export function maskPaymentDetailsIn(text: string, secrets: string[] = []): string {
  return scrubSecrets(secretsIn([text], secrets))(text);
}

/**
 * Bytes of a text in any ASCII-compatible charset (a text attachment) with card numbers,
 * IBANs and the other candidates masked by "*": read as latin-1, one character per byte, so
 * every other byte comes back unchanged whatever the real charset.
 */
export function maskPaymentDetailsInBytes(bytes: Buffer): Buffer {
  return Buffer.from(maskPaymentDetailsIn(bytes.toString("latin1")).replace(/•/g, "*"), "latin1");
}

/** Masks every secret in every string of a value (arrays and objects walked), lengths kept. */
export function scrubSecrets(secrets: string[]): <T>(value: T) => T {
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string")
      return secrets.reduce(
        (acc, s) => (acc.includes(s) ? acc.split(s).join(maskKeepingLength(s)) : acc),
        v,
      );
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, scrub(val)]));
    return v;
  };
  return <T>(value: T) => scrub(value) as T;
}

/**
 * The extraction stored for the UI: the payment detail as its mask, and every
 * payment-detail candidate masked wherever it is quoted (bodyText, the detail's
 * span, any field quoting that sentence).
 */
export function redact(x: Extraction, secrets: string[] = secretsOf(x)): Extraction {
  const pd = x.paymentDetails.value;
  return scrubSecrets(secrets)({
    ...x,
    paymentDetails: { ...x.paymentDetails, value: pd ? { ...pd, value: pd.masked } : null },
  });
}

/**
 * The words the request is found by: sender, subject, the body as redacted
 * (payment details masked down to their last four characters), quoted phone
 * numbers and order references. Never the full card number or IBAN.
 */
export function searchTextOf(p: ParsedEmail, redacted: Extraction, secrets: string[]): string {
  return [
    p.from?.address,
    scrubSecrets(secrets)(p.subject),
    redacted.bodyText,
    ...redacted.phoneNumbers.map((n) => n.value),
    ...redacted.orderRefs.map((o) => o.value),
  ].join(" ");
}
