import { findNumbers, type CountryCode } from "libphonenumber-js";
import { makeSpan, matchAll, overlaps } from "./make-field";
import type { Found } from "./extraction-types";

// Eight digits or more with at most a few separators (spaces, punctuation, an extension mark) between.
const DIGIT_RUN = /\d(?:(?:[^\p{L}\d]|x|ext\.?){0,6}\d){7,}/gu;

function inside(run: RegExpExecArray, spans: Array<{ start: number; end: number }>): boolean {
  const end = run.index + run[0].length;
  return spans.some((s) => s.start <= run.index && end <= s.end);
}

export interface ExtractPhoneNumbersOptions {
  /** Countries for numbers written without "+", e.g. "RU" for "8 (916) 123-45-67"; the first that reads one wins. */
  countries?: CountryCode[];
  /** Only numbers starting before this offset (the customer's own words; forwarded mail follows). */
  end?: number;
  /** Spans of cards, IBANs, amounts, order refs: digits there are not phone numbers. */
  exclude?: Array<{ start: number; end: number }>;
}

/**
 * Phone numbers as E.164, deduplicated, in order of appearance. A number
 * must be valid, or possible (length and prefix) with at least nine national
 * digits: libphonenumber's "valid" refuses the ranges set aside for examples
 * and fiction (07700 900xxx), which customers and test mail do use.
 */
export function extractPhoneNumbers(
  text: string,
  opts: ExtractPhoneNumbersOptions = {},
): Found<string>[] {
  const exclude = opts.exclude ?? [];
  const seen = new Set<string>();
  const out: Found<string>[] = [];
  const passes: Array<CountryCode | undefined> = [undefined, ...(opts.countries ?? [])];
  const end = opts.end ?? text.length;
  // Every number kept has eight digits or more in its span (below): a text with no such run of
  // digits outside the excluded spans has none, and libphonenumber need not read it at all.
  if (!matchAll(text, DIGIT_RUN).some((r) => r.index < end && !inside(r, exclude))) return out;
  for (const country of passes) {
    let found: ReturnType<typeof findNumbers>;
    // libphonenumber throws (and catches) a ParseError for every digit run that is not a number:
    // without stack traces those errors cost a fraction (this runs on every email). Synchronous, so
    // nothing else runs while the limit is lowered.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      // `leniency` is a documented option the type declarations lack.
      const options = { v2: true as const, defaultCountry: country, leniency: "POSSIBLE" };
      found = findNumbers(text, options as { v2: true; defaultCountry?: CountryCode });
    } catch {
      continue;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    for (const hit of found) {
      const span = { start: hit.startsAt, end: hit.endsAt };
      if (span.start >= end || exclude.some((x) => overlaps(x, span))) continue;
      // Short digit runs ("10-15", a ticket number) fit some numbering plan too easily; merely
      // possible (not valid) numbers must be long.
      if (text.slice(span.start, span.end).replace(/\D/g, "").length < 8) continue;
      if (!hit.number.isValid() && hit.number.nationalNumber.length < 9) continue;
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
