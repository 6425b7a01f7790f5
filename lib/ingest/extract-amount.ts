import { emptyField, field, makeSpan, matchAll } from "./make-field";
import { NUMBER_WORD_SOURCE, parseNumberWords } from "./number-words";
import { CURRENCY_SOURCE, currencyCode, parseAmountMinor } from "./parse-money";
import type { Field, Money } from "./extraction-types";

export interface ExtractAmountOptions {
  /** Currency for a bare number next to a refund word ("refund of 30"); without it such numbers are ignored. */
  defaultCurrency?: string;
  /** Spans already claimed by order numbers, phones, cards: amounts inside them are ignored. */
  exclude?: Array<{ start: number; end: number }>;
}

// Grouped thousands first ("1 200", "1,200.50"), then plain digits; never glued to other digits.
const NUM = "\\d{1,3}(?:[ \\u00A0\\u202F.,']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const PREFIXED = new RegExp(
  `(?<![\\p{L}\\d])(${CURRENCY_SOURCE})\\s?(${NUM})(?![\\d.,]\\d)`,
  "giu",
);
// A legal hand writes the number again in words between digits and currency: "2 015 (две тысячи
// пятнадцать) рублей".
const SUFFIXED = new RegExp(
  `(?<![\\d.,\\-#№/+])(${NUM})\\s?(?:\\([^()\\d]{1,60}\\)\\s?)?(${CURRENCY_SOURCE})(?![\\p{L}])`,
  "giu",
);
// An amount in words before its currency, pence or cents in words after it: "две тысячи рублей",
// "thirty-six pounds", "eight pounds fifty".
const WORDS = `${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_SOURCE})*`;
const IN_WORDS = new RegExp(
  `(?<![\\p{L}])(${WORDS})\\s+(${CURRENCY_SOURCE})(?:\\s+(${WORDS}))?(?![\\p{L}])`,
  "giu",
);
const BARE = new RegExp(`(?<![\\d.,\\-#№/+])(${NUM})(?![\\d.,]?\\d|[\\-/:%])`, "gu");
// What the customer asks back outranks what they paid, which outranks any other figure.
const REFUND_WORDS = /refund|money back|return|reimburse|вернут|верните|вернуть|возврат/i;
const PAID_WORDS =
  /paid|charged|cost|price|payment|amount|sum|оплатил|заплатил|списал|стоимост|сумм|цена|оплачено|платил/i;

interface Candidate {
  start: number;
  end: number;
  money: Money;
  score: number;
}

// The words around an amount, not crossing a sentence end: "…by mistake. Верните 4 500"
// must credit the refund word to 4 500, not to the amount of the sentence before.
function nearWord(text: string, start: number, end: number, words: RegExp): boolean {
  const before =
    text
      .slice(Math.max(0, start - 40), start)
      .split(/[.!?]\s/)
      .pop() ?? "";
  const after = text.slice(end, end + 20).split(/[.!?](?:\s|$)/)[0] ?? "";
  return words.test(before) || words.test(after);
}

function contextBonus(text: string, start: number, end: number): number {
  if (nearWord(text, start, end, REFUND_WORDS)) return 0.25;
  return nearWord(text, start, end, PAID_WORDS) ? 0.15 : 0;
}

/**
 * Finds the amount asked for. Explicit currencies beat bare numbers; among
 * those, an amount near a refund word wins, then the earliest.
 */
export function extractAmount(text: string, opts: ExtractAmountOptions = {}): Field<Money> {
  const exclude = opts.exclude ?? [];
  const free = (s: number, e: number) => !exclude.some((x) => s < x.end && x.start < e);
  const found: Candidate[] = [];
  const push = (
    start: number,
    end: number,
    numeral: string,
    token: string | null,
    base: number,
  ) => {
    const currency = token ? currencyCode(token) : (opts.defaultCurrency ?? null);
    if (!currency || !free(start, end) || found.some((c) => start < c.end && c.start < end)) return;
    const amountMinor = parseAmountMinor(numeral, currency);
    if (amountMinor === null || amountMinor === 0) return;
    const score = base + contextBonus(text, start, end);
    found.push({ start, end, money: { amountMinor, currency }, score });
  };
  for (const m of matchAll(text, PREFIXED))
    push(m.index, m.index + m[0].length, m[2] ?? "", m[1] ?? "", 0.65);
  for (const m of matchAll(text, SUFFIXED))
    push(m.index, m.index + m[0].length, m[1] ?? "", m[2] ?? "", 0.65);
  for (const m of matchAll(text, IN_WORDS)) {
    const n = parseNumberWords(m[1] ?? "");
    const cents = m[3] ? parseNumberWords(m[3]) : null;
    const numeral = cents !== null && cents < 100 ? `${n}.${String(cents).padStart(2, "0")}` : n;
    if (n !== null) push(m.index, m.index + m[0].length, String(numeral), m[2] ?? "", 0.6);
  }
  if (opts.defaultCurrency) {
    for (const m of matchAll(text, BARE)) {
      const end = m.index + m[0].length;
      if (contextBonus(text, m.index, end) > 0) push(m.index, end, m[1] ?? "", null, 0.2);
    }
  }
  const best = found.sort((a, b) => b.score - a.score || a.start - b.start)[0];
  if (!best) return emptyField();
  return field(best.money, best.score, makeSpan(text, best.start, best.end));
}
