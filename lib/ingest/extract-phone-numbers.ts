import { findNumbers, type CountryCode } from "libphonenumber-js";
import { makeSpan, overlaps } from "./make-field";
import type { Found } from "./types";

export interface ExtractPhoneNumbersOptions {
  /** Country for numbers written without "+", e.g. "RU" for "8 (916) 123-45-67". */
  defaultCountry?: CountryCode;
  /** Spans of cards, IBANs, amounts, order refs: digits there are not phone numbers. */
  exclude?: Array<{ start: number; end: number }>;
}

/** Valid numbers only, as E.164, deduplicated, in order of appearance. */
export function extractPhoneNumbers(
  text: string,
  opts: ExtractPhoneNumbersOptions = {},
): Found<string>[] {
  const exclude = opts.exclude ?? [];
  const seen = new Set<string>();
  const out: Found<string>[] = [];
  const passes: Array<CountryCode | undefined> = [undefined];
  if (opts.defaultCountry) passes.push(opts.defaultCountry);
  for (const country of passes) {
    let found: ReturnType<typeof findNumbers>;
    // libphonenumber throws (and catches) a ParseError for every digit run that is not a number:
    // without stack traces those errors cost a fraction (this runs on every email). Synchronous, so
    // nothing else runs while the limit is lowered.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      found = findNumbers(text, country ? { v2: true, defaultCountry: country } : { v2: true });
    } catch {
      continue;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    for (const hit of found) {
      const span = { start: hit.startsAt, end: hit.endsAt };
      if (!hit.number.isValid() || exclude.some((x) => overlaps(x, span))) continue;
      const e164 = hit.number.number;
      if (seen.has(e164)) continue;
      seen.add(e164);
      // A "+" written by the customer is unambiguous; a national format relies on the guessed country.
      out.push({
        value: e164,
        confidence: country ? 0.7 : 0.9,
        span: makeSpan(text, span.start, span.end),
      });
    }
  }
  return out.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
