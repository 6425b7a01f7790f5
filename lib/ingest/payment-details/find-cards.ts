import { matchAll } from "../make-field";
import { isLuhnValid } from "../validate-payment-numbers";
import { type Candidate, matched } from "./candidate";
import { IBAN } from "./find-accounts";

// A hard wrap may split the number over two lines (HTML mail).
const CARD = /(?<![\d+\p{L}])\d(?:(?:[ -]|[ \t]?\n)?\d){12,18}(?![\d\p{L}])/gu;
// Words that say "a card": the word itself, card brands and the banks customers name their cards by.
const CARD_WORD =
  "card|карт\\p{L}*|kart\\p{L}*|visa|виз\\p{L}*|master\\s?card|мастеркард\\p{L}*|mc|mir|мир|maestro|amex|american express|debit|credit|kaspi|каспи|сбер\\p{L}*|sber\\p{L}*|тиньк\\p{L}*|tinkoff|monobank|монобанк\\p{L}*|mono|приват\\p{L}*|privat\\p{L}*|monzo|revolut|альфа\\p{L}*|втб|vtb|halyk|халык";
// A card's last four after a card word: "Visa ending 4242", "карта Мир, последние цифры 2201", "Kaspi *7788",
// "на карту мир 2201" (four digits right after the card words, not an amount).
const CARD_ENDING = new RegExp(
  `(?<![\\p{L}])(?:${CARD_WORD})(?![\\p{L}])(?:[^.\\n\\d]{0,40}?(?:ending|ends|end|last (?:(?:4|four) )?digits|last (?:4|four)|заканчива\\p{L}*(?: на)?|оканчива\\p{L}*(?: на)?|последни\\p{L}*(?: (?:4|четыре))? цифр\\p{L}*|на конце|№)\\s*(?:in|with|на)?\\s*:?\\s*[*•xх]*\\s*|[^.\\n\\d]{0,25}?(?:[*•xх]{1,}|\\.{2,}|…)\\s*|(?:[ \\t]+(?:${CARD_WORD}))*[ \\t]+)(\\d{4})(?![\\d.,]?\\d|[ -]\\d{2}|\\s*(?:₽|руб|р\\b|rub|usd|eur|грн|тг|\\$|€|£))`,
  "giu",
);
const CARD_BEFORE = new RegExp(`(?:${CARD_WORD})[^.\\n\\d]{0,30}$`, "iu");
// A card number with its middle masked: "5168 75** **** 9876", "4276 **** **** 1234".
const MASKED_CARD = /(?<![\d*])\d{4}[ -]?[\d*•xX]{4}[ -]?[*•xX]{4}[ -]?(\d{4})(?!\d)/g;

/** Card numbers (Luhn-valid), masked card numbers, and a card's last four after a card word. */
export function findCards(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Digits inside something shaped like an IBAN are its digits, valid or not, never a card.
  const ibanShapes = matchAll(text, IBAN).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of matchAll(text, CARD)) {
    if (ibanShapes.some((x) => x.start <= m.index && m.index + m[0].length <= x.end)) continue;
    const digits = m[0].replace(/\D/g, "");
    if (isLuhnValid(digits)) out.push(matched("card", digits, 0.95, m));
    // A number failing Luhn is never kept as a card number; after a card word it still names the
    // customer's card, like "Visa ending 9876": only its last four are kept, less sure.
    else if (
      digits.length >= 15 &&
      CARD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      out.push(matched("card", digits.slice(-4), 0.5, m));
  }
  for (const m of matchAll(text, MASKED_CARD)) {
    const last4 = m[1] ?? "";
    out.push(matched("card", last4, 0.7, m));
  }
  for (const m of matchAll(text, CARD_ENDING)) {
    const last4 = m[1] ?? "";
    out.push({
      kind: "card",
      value: last4,
      confidence: 0.7,
      start: m.index + m[0].length - last4.length,
      end: m.index + m[0].length,
    });
  }
  return out;
}
