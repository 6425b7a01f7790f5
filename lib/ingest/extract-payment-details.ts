import { emptyField, field, makeSpan, matchAll } from "./make-field";
import { maskPaymentDetail } from "./mask-payment-detail";
import type { PaymentDetailKind } from "@/lib/policy/vocabulary";
import type { Field, PaymentDetail, Span } from "./types";
import {
  base58CheckVersion,
  isBech32Valid,
  isIbanValid,
  isLuhnValid,
} from "./validate-payment-numbers";

interface Candidate {
  kind: PaymentDetailKind;
  value: string;
  confidence: number;
  start: number;
  end: number;
  /** For an account with its BIC: the two numbers' own spans (the text between them is no secret). */
  parts?: Array<{ start: number; end: number }>;
}

const CARD = /(?<![\d+\p{L}])\d(?:[ -]?\d){12,18}(?![\d\p{L}])/gu;
// Words that say "a card": the word itself, card brands and the banks customers name their cards by.
const CARD_WORD =
  "card|карт\\p{L}*|kart\\p{L}*|visa|виз\\p{L}*|master\\s?card|мастеркард\\p{L}*|mc|mir|мир|maestro|amex|american express|debit|credit|kaspi|каспи|сбер\\p{L}*|sber\\p{L}*|тиньк\\p{L}*|tinkoff|monobank|монобанк\\p{L}*|mono|приват\\p{L}*|privat\\p{L}*|monzo|revolut|альфа\\p{L}*|втб|vtb|halyk|халык";
// A card's last four after a card word: "Visa ending 4242", "карта Мир, последние цифры 2201", "Kaspi *7788",
// "на карту мир 2201" (four digits right after the card words, not an amount).
const CARD_ENDING = new RegExp(
  `(?<![\\p{L}])(?:${CARD_WORD})(?![\\p{L}])(?:[^.\\n\\d]{0,40}?(?:ending|ends|end|last (?:4|four)(?: digits)?|заканчива\\p{L}*(?: на)?|оканчива\\p{L}*(?: на)?|последни\\p{L}*(?: (?:4|четыре))? цифр\\p{L}*|на конце|№)\\s*(?:in|with|на)?\\s*:?\\s*[*•xх]*\\s*|[^.\\n\\d]{0,25}?[*•xх]{1,}\\s*|(?:[ \\t]+(?:${CARD_WORD}))*[ \\t]+)(\\d{4})(?![\\d.,]?\\d|[ -]\\d{2}|\\s*(?:₽|руб|р\\b|rub|usd|eur|грн|тг|\\$|€|£))`,
  "giu",
);
const CARD_BEFORE = new RegExp(`(?:${CARD_WORD})[^.\\n\\d]{0,30}$`, "iu");
// A card number with its middle masked: "5168 75** **** 9876", "4276 **** **** 1234".
const MASKED_CARD = /(?<![\d*])\d{4}[ -]?[\d*•xX]{4}[ -]?[*•xX]{4}[ -]?(\d{4})(?!\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BECH32 = /\bbc1[ac-hj-np-z02-9]{11,71}\b/gi;
const BASE58 = /\b[13T][1-9A-HJ-NP-Za-km-z]{25,34}\b/g;
const ETH = /\b0x[a-fA-F0-9]{40}\b/g;
const BANK_ACCOUNT =
  /(?:account|acct|a\/c|р\/с|расч[её]тный сч[её]т|сч[её]т получателя|номер сч[её]та|сч[её]т)\s*(?:number|no\.?|#|№|num)?\s*:?\s*(\d[\d ]{6,32}\d)(?!\d)/gi;
const BIC =
  /(?:SWIFT|BIC|БИК)(?:\s*\/\s*(?:SWIFT|BIC))?\s*(?:code|код)?\s*:?\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|\d{9})\b/g;
// A wallet's name, then only wallet words ("кошелек", "account", "ID", any case) and/or a colon, then its id.
// Nothing else may sit between them: "I paid with QIWI, which…" or "Skrill, order 12345" name no wallet.
const OTHER_WALLET =
  /(?<![\p{L}])(WebMoney|вебмани|YooMoney|ЮMoney|ЮMani|Юмани|Яндекс[.\s]?Деньги|Qiwi|киви|Skrill|Payoneer|Wise|Revolut|AdvCash|Perfect Money)(?![\p{L}])((?:\s+(?:wallet|account|acc|id|tag|revtag|number|no\.?|№|кошел[её]к\p{L}*|аккаунт\p{L}*|сч[её]т\p{L}*|номер\p{L}*))*)\s*(:)?\s*(\+?\d[\d \t()-]{7,20}\d|[A-Za-z0-9@._+-]*[A-Za-z0-9@])/giu;
// Wallet ids recognisable by their shape: YooMoney accounts start 4100, WebMoney purses are a letter and 12 digits.
const YOOMONEY_ID = /(?<![\d])4100(?:[ ]?\d){7,12}(?!\d)/g;
const WEBMONEY_PURSE = /(?<![\p{L}\d])[ZPREU]\d{12}(?!\d)/gu;
const WALLET_WORD = /кошел|wallet|yoomoney|юmoney|юмани|яндекс|webmoney|вебмани|wm/i;
// Addresses by their shape alone (TRON, Bitcoin, Ethereum), when a crypto word stands before them: customers
// type the address they want paid to, and one that fails its checksum is a typo for the reviewer to confirm.
const CRYPTO_SHAPE =
  /(?<![\p{L}\d])(?:T[1-9A-HJ-NP-Za-km-z]{33}|bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![\p{L}\d])/gu;
const CRYPTO_WORD =
  /usdt|trc|erc|btc|bitcoin|биткоин|eth|ether|crypto|крипт|tron|address|адрес|кошел|wallet/i;

/**
 * Whether the text after a wallet's name is its id. After a wallet word any
 * handle counts ("Revolut tag janedoe"); after a bare colon, a handle without
 * digits counts only when it ends the line or sentence ("Revolut: janedoe.",
 * not "Revolut: thanks for the help"); bare, it must look like an id: an email
 * or @tag, or at least eight digits (a phone, an account number). An amount
 * ("QIWI 30.00") is never an id.
 */
function isWalletId(
  id: string,
  how: { worded: boolean; colon: boolean; endsClause: boolean },
): boolean {
  if (id.length < 5 || /^\+?\d{1,7}(?:[.,]\d{1,2})?$/.test(id)) return false;
  const idLike = id.includes("@") || id.replace(/\D/g, "").length >= 8;
  if (how.worded) return true;
  if (how.colon) return idLike || /\d/.test(id) || how.endsClause;
  return idLike;
}

function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (
    kind: PaymentDetailKind,
    value: string,
    confidence: number,
    start: number,
    end: number,
    parts?: Candidate["parts"],
  ) => out.push({ kind, value, confidence, start, end, parts });
  // Digits inside something shaped like an IBAN are its digits, valid or not, never a card.
  const ibanShapes = matchAll(text, IBAN).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of matchAll(text, CARD)) {
    if (ibanShapes.some((x) => x.start <= m.index && m.index + m[0].length <= x.end)) continue;
    const digits = m[0].replace(/\D/g, "");
    if (isLuhnValid(digits)) add("card", digits, 0.95, m.index, m.index + m[0].length);
    // A number failing Luhn is never kept as a card number; after a card word it still names the
    // customer's card, like "Visa ending 9876": only its last four are kept, less sure.
    else if (
      digits.length >= 15 &&
      CARD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      add("card", digits.slice(-4), 0.5, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(text, MASKED_CARD)) {
    const last4 = m[1] ?? "";
    add("card", last4, 0.7, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(text, CARD_ENDING)) {
    const last4 = m[1] ?? "";
    add("card", last4, 0.7, m.index + m[0].length - last4.length, m.index + m[0].length);
  }
  for (const m of matchAll(text, IBAN)) {
    const iban = m[0].replace(/ /g, "");
    if (isIbanValid(iban)) add("iban", iban, 0.95, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(text, EMAIL)) {
    const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
    if (/pay\s?pal|пейпал/i.test(around))
      add("paypal", m[0].toLowerCase(), 0.9, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(text, BECH32))
    if (isBech32Valid(m[0])) add("crypto", m[0], 0.95, m.index, m.index + m[0].length);
  for (const m of matchAll(text, BASE58)) {
    const version = base58CheckVersion(m[0]);
    // 0x00/0x05: Bitcoin P2PKH/P2SH; 0x41: TRON (USDT TRC20).
    if (version === 0 || version === 5 || version === 0x41)
      add("crypto", m[0], 0.95, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(text, ETH)) add("crypto", m[0], 0.85, m.index, m.index + m[0].length);
  for (const m of matchAll(text, YOOMONEY_ID))
    if (WALLET_WORD.test(text.slice(Math.max(0, m.index - 60), m.index)))
      add("wallet", `YooMoney ${m[0].replace(/ /g, "")}`, 0.65, m.index, m.index + m[0].length);
  for (const m of matchAll(text, WEBMONEY_PURSE))
    add("wallet", `WebMoney ${m[0]}`, 0.8, m.index, m.index + m[0].length);
  for (const m of matchAll(text, CRYPTO_SHAPE)) {
    if (CRYPTO_WORD.test(text.slice(Math.max(0, m.index - 100), m.index)))
      add("crypto", m[0], 0.6, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(text, BANK_ACCOUNT)) {
    const account = (m[1] ?? "").replace(/ /g, "");
    if (account.length < 8 || account.length > 34) continue;
    const start = m.index + m[0].length - (m[1] ?? "").length;
    const bic = matchAll(text, BIC).find((b) => Math.abs(b.index - start) < 300);
    const value = bic ? `${account} BIC ${bic[1]}` : account;
    const accountEnd = start + (m[1] ?? "").length;
    const end = bic && bic.index > start ? bic.index + bic[0].length : accountEnd;
    const bicStart = bic ? bic.index + bic[0].length - (bic[1] ?? "").length : 0;
    const parts =
      bic && bic.index > start
        ? [
            { start, end: accountEnd },
            { start: bicStart, end },
          ]
        : undefined;
    add("bank_account", value, bic ? 0.9 : 0.7, start, end, parts);
  }
  for (const m of matchAll(text, OTHER_WALLET)) {
    const id = m[4] ?? "";
    const end = m.index + m[0].length;
    if (
      !isWalletId(id, {
        worded: Boolean(m[2]),
        colon: Boolean(m[3]),
        endsClause: /^\s*(?:$|[\n.,;!?)])/.test(text.slice(end, end + 3)),
      })
    )
      continue;
    add("wallet", `${m[1]} ${id.replace(/[\s()-]/g, "")}`, 0.7, m.index, end);
  }
  return out;
}

/**
 * Spans that belong to payment details, so phone and amount extraction can
 * skip them and the stored text can mask them. An account followed by its BIC
 * gives the two numbers separately, so each is masked to its own last four
 * (the account's match the extracted "•••• 4312").
 */
export function paymentDetailSpans(
  text: string,
): Array<{ start: number; end: number; kind: PaymentDetailKind }> {
  return findCandidates(text).flatMap(({ start, end, parts, kind }) =>
    (parts ?? [{ start, end }]).map((p) => ({ ...p, kind })),
  );
}

/**
 * Where the customer wants the money to go. The most certain candidate
 * wins (checksummed numbers over "card ending 4242"), then the earliest.
 */
export function extractPaymentDetails(text: string): Field<PaymentDetail> {
  const all = findCandidates(text);
  // Digits inside a labelled detail (an IBAN, a bank account, a named wallet)
  // belong to it, even when they happen to pass a card's Luhn check.
  const labelled = all.filter(
    (c) => c.kind === "iban" || c.kind === "bank_account" || c.kind === "wallet",
  );
  const candidates = all.filter(
    (c) =>
      !labelled.some(
        (o) =>
          o !== c && o.kind !== c.kind && o.start <= c.start && c.end <= o.end && c.kind !== "iban",
      ),
  );
  const best = candidates.sort((a, b) => b.confidence - a.confidence || a.start - b.start)[0];
  if (!best) return emptyField();
  const span: Span = makeSpan(text, best.start, best.end);
  return field(
    { kind: best.kind, masked: maskPaymentDetail(best.kind, best.value), value: best.value },
    best.confidence,
    span,
  );
}
