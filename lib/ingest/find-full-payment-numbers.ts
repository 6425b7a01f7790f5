import { isIbanValid, isLuhnValid } from "./validate-payment-numbers";

/**
 * Full card numbers and IBANs in any text: what must never be stored in the clear. Broader than
 * the extraction on purpose (no card word needed, any case, non-breaking spaces), since it checks
 * the masking rather than reads a customer: 13–19 digits passing Luhn, or an IBAN passing mod-97,
 * neither inside a longer run of letters and digits (a hash, an id).
 */

const CARD = /(?<![\p{L}\p{N}])\d(?:[ \u00a0-]?\d){12,18}(?![\p{L}\p{N}])/gu;
const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}/giu;
const ALNUM = /[A-Za-z0-9]/;
const WORD = /[\p{L}\p{N}]/u;

export type FullPaymentNumber = { kind: "card" | "iban"; index: number; value: string };

/**
 * From a country code and check digits on, the places an IBAN could end: after 11 to 30 more
 * letters or digits (single spaces between them allowed), where a word ends. Longest first.
 */
function ibanEnds(text: string, start: number): number[] {
  const ends: number[] = [];
  let j = start + 4;
  for (let n = 0; n < 30;) {
    const c = text[j] ?? "";
    if (ALNUM.test(c)) {
      n++;
      j++;
      if (n >= 11 && !WORD.test(text[j] ?? "")) ends.push(j);
    } else if ((c === " " || c === "\u00a0") && ALNUM.test(text[j + 1] ?? "")) j++;
    else break;
  }
  return ends.reverse();
}

export function findFullPaymentNumbers(text: string): FullPaymentNumber[] {
  const found: FullPaymentNumber[] = [];
  const ibanShapes: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(IBAN_START)) {
    const ends = ibanEnds(text, m.index);
    if (ends.length === 0) continue;
    ibanShapes.push({ start: m.index, end: ends[0]! });
    const end = ends.find((e) =>
      isIbanValid(
        text
          .slice(m.index, e)
          .replace(/[ \u00a0]/g, "")
          .toUpperCase(),
      ),
    );
    if (end !== undefined)
      found.push({ kind: "iban", index: m.index, value: text.slice(m.index, end) });
  }
  for (const m of text.matchAll(CARD)) {
    // Digits inside something shaped like an IBAN are its digits, valid or not (as in the extraction).
    const end = m.index + m[0].length;
    if (ibanShapes.some((s) => s.start <= m.index && end <= s.end)) continue;
    if (isLuhnValid(m[0].replace(/\D/g, "")))
      found.push({ kind: "card", index: m.index, value: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}
