/**
 * The phrases that say where the money should go: outside the balance
 * (PAY-DIRECT-PERSONAL-REQUEST: the customer must ask for it; these are the
 * ways they ask) or onto it. Exact rules; the learnt direct-refund signal
 * reads whether they match as two of its inputs (learn/rule-features.ts).
 */
import { matchAll } from "./make-field";

// Within one sentence; a decimal point or an abbreviation followed by more words is not its end.
const WITHIN = "(?:[^.!?\\n]|\\.(?=\\d|[ \\t]+\\p{Ll}))";
const DESTINATION =
  "(?:\\p{L}+ )?(?:card|wallet)|visa|mastercard|maestro|bank(?: account)?|bank transfer|pay\\s?pal|iban|crypto|usdt|btc|eth|original payment method|payment method";
// PAY-DIRECT-PERSONAL-REQUEST: the customer must ask for it; these are the ways they ask.
export const DIRECT: RegExp[] = [
  new RegExp(
    `\\b(?:refund|return|send|transfer|pay|wire|credit|put|get|receive)\\b${WITHIN}{0,50}?\\b(?:to|on|onto|into|via|through|as)\\s+(?:my|the|our)?\\s*(?:${DESTINATION})\\b`,
    "iu",
  ),
  new RegExp(
    `\\b(?:back to|directly to|refunded to|returned to)\\s+(?:my|the)?\\s*(?:${DESTINATION})\\b`,
    "iu",
  ),
  /\bdirect refund\b|\brefund (?:it )?directly\b|\bnot (?:to|on) (?:the|my) (?:account )?balance\b|\bnot as (?:a )?(?:balance|credit)\b/i,
  /(?:верн|возвра|переве|отправ|перечисл|зачисл)\p{L}*(?:[^.!?\n]|\.(?=\d|[ \t]+\p{Ll})){0,50}?(?<!\p{L})на\s+(?:мою\s+|мой\s+|банковск\p{L}+\s+)?(?:карт|банковск|сч[её]т|реквизит|paypal|пейпал|кошел|iban)\p{L}*/iu,
  /не на баланс|на карту,? а не|напрямую/iu,
];
export const BALANCE: RegExp[] = [
  /\b(?:to|on|onto|into|back to)\s+(?:my|the)?\s*(?:account |personal account |service )?balance\b|\bas (?:a )?(?:balance|credit)\b|\bbalance is fine\b/i,
  /на (?:мой |личный |внутренний )?баланс(?!\p{L})|на сч[её]т (?:в )?(?:личного )?кабинет|в личн\p{L}+ кабинет/iu,
];

/** The earliest match of any of the patterns, skipping those `skip` rejects. */
export function firstMatch(
  text: string,
  patterns: RegExp[],
  skip?: (m: RegExpExecArray) => boolean,
): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of patterns) {
    for (const m of matchAll(text, re)) {
      if (skip?.(m)) continue;
      if (!best || m.index < best.index) best = m;
      break;
    }
  }
  return best;
}

/** Whether a text asks for the money to go somewhere outside the balance ("refund it to my card"). */
export function namesDestination(text: string): boolean {
  return firstMatch(text, DIRECT) !== null;
}

/** Whether a text asks for the money on the balance ("to my balance", "на баланс"), not denying it. */
export function namesBalance(text: string): boolean {
  return firstMatch(text, BALANCE, denied) !== null;
}

/** Whether a match is preceded by "not"/"не" ("not to my balance"): it says the opposite. */
export function denied(m: RegExpExecArray): boolean {
  return /(?:\bnot|\bне)\s*$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index));
}
