import { classifierInput, sharedModels, type ClassifierInput, type Models } from "./learn/models";
import { field, makeSpan } from "./make-field";
import type { Field } from "./extraction-types";

// Within one sentence; a decimal point or an abbreviation followed by more words is not its end.
const WITHIN = "(?:[^.!?\\n]|\\.(?=\\d|[ \\t]+\\p{Ll}))";
const DESTINATION =
  "(?:\\p{L}+ )?(?:card|wallet)|visa|mastercard|maestro|bank(?: account)?|bank transfer|pay\\s?pal|iban|crypto|usdt|btc|eth|original payment method|payment method";
// PAY-DIRECT-PERSONAL-REQUEST: the customer must ask for it; these are the ways they ask.
const DIRECT: RegExp[] = [
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
const BALANCE: RegExp[] = [
  /\b(?:to|on|onto|into|back to)\s+(?:my|the)?\s*(?:account |personal account |service )?balance\b|\bas (?:a )?(?:balance|credit)\b|\bbalance is fine\b/i,
  /на (?:мой |личный |внутренний )?баланс(?!\p{L})|на сч[её]т (?:в )?(?:личного )?кабинет|в личн\p{L}+ кабинет/iu,
];

function firstMatch(
  text: string,
  patterns: RegExp[],
  skip?: (m: RegExpExecArray) => boolean,
): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of patterns) {
    const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) {
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

/**
 * Whether the customer personally asks for the money outside the balance
 * (PAY-DIRECT-PERSONAL-REQUEST), learnt from labelled mail (learn/models.ts).
 * The span shows the phrase that says so when one of the patterns above
 * agrees with the classifier; confidence is the classifier's probability.
 */
export function detectDirectRequest(
  subject: string,
  bodyText: string,
  models: Models = sharedModels(),
  input: ClassifierInput = classifierInput(subject, bodyText),
): Field<boolean> {
  const [best] = models.direct.classify(input.features);
  const direct = best?.label === "direct";
  const m = direct
    ? firstMatch(bodyText, DIRECT)
    : firstMatch(bodyText, BALANCE, (x) =>
        /(?:\bnot|\bне)\s*$/i.test(bodyText.slice(Math.max(0, x.index - 6), x.index)),
      );
  return field(
    direct,
    best?.probability ?? 0,
    m ? makeSpan(bodyText, m.index, m.index + m[0].length) : null,
  );
}
