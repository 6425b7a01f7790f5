import { matchAll } from "../make-field";
import { type Candidate, matched } from "./candidate";

// A wallet's name, then only wallet words ("кошелек", "account", "ID", any case) and/or a colon, then its id.
// Nothing else may sit between them: "I paid with QIWI, which…" or "Skrill, order 12345" name no wallet.
const OTHER_WALLET =
  /(?<![\p{L}])(WebMoney|вебмани|YooMoney|ЮMoney|ЮMani|Юмани|Яндекс[.\s]?Деньги|Qiwi|киви|Skrill|Payoneer|Payeer|Kaspi|Каспи|Cash\s?App|Wise|Revolut|AdvCash|Perfect Money)(?![\p{L}])((?:[\s-]+(?:wallet|account|acc|id|tag|revtag|cashtag|number|no\.?|№|by|phone|purse|кошел[её]к\p{L}*|аккаунт\p{L}*|сч[её]т\p{L}*|номер\p{L}*|по|телефон\p{L}*))*)\s*(:)?\s*(\+?\d[\d \t()-]{7,20}\d|\$?[A-Za-z0-9@._+-]*[A-Za-z0-9@])/giu;
// Wallet ids recognisable by their shape: YooMoney accounts start 4100, WebMoney purses are a letter and 12 digits.
const YOOMONEY_ID = /(?<![\d])4100(?:[ ]?\d){7,12}(?!\d)/g;
const WEBMONEY_PURSE = /(?<![\p{L}\d])[ZPREU]\d{12}(?!\d)/gu;
const WALLET_WORD = /кошел|wallet|yoomoney|юmoney|юмани|яндекс|webmoney|вебмани|wm/i;

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

/** Wallet ids recognisable by their shape alone (YooMoney, WebMoney). */
export function findWalletShapes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(text, YOOMONEY_ID))
    if (WALLET_WORD.test(text.slice(Math.max(0, m.index - 60), m.index)))
      out.push(matched("wallet", `YooMoney ${m[0].replace(/ /g, "")}`, 0.65, m));
  for (const m of matchAll(text, WEBMONEY_PURSE))
    out.push(matched("wallet", `WebMoney ${m[0]}`, 0.8, m));
  return out;
}

/** A wallet's id after the wallet's name ("Skrill: jane@example.com"). */
export function findNamedWallets(text: string): Candidate[] {
  const out: Candidate[] = [];
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
    out.push({
      kind: "wallet",
      value: `${m[1]} ${id.replace(/[\s()-]/g, "")}`,
      confidence: 0.7,
      start: m.index,
      end,
    });
  }
  return out;
}
