import { matchAll } from "../make-field";
import { isIbanValid } from "../validate-payment-numbers";
import { type Candidate, matched } from "./candidate";

export const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BANK_ACCOUNT =
  /(?:account|acct|a\/c|р\/сч?|расч[её]тный сч[её]т|сч[её]т получателя|номер сч[её]та|сч[её]т)\s*(?:number|no\.?|#|№|num)?\s*:?\s*(\d(?:[\d ]|-(?=\d)){6,32}\d)(?!\d)/gi;
const BIC =
  /(?:SWIFT|BIC|БИК)(?:\s*\/\s*(?:SWIFT|BIC))?\s*(?:code|код)?\s*:?\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|\d{9})\b/g;

/** IBANs that pass their checksum, and PayPal addresses: emails with PayPal named near them. */
export function findIbansAndPaypal(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(text, IBAN)) {
    const iban = m[0].replace(/ /g, "");
    if (isIbanValid(iban)) out.push(matched("iban", iban, 0.95, m));
  }
  for (const m of matchAll(text, EMAIL)) {
    const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
    if (/pay\s?pal|пейпал/i.test(around)) out.push(matched("paypal", m[0].toLowerCase(), 0.9, m));
  }
  return out;
}

/** Bank account numbers after an account word, with a BIC found near them. */
export function findBankAccounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(text, BANK_ACCOUNT)) {
    const account = (m[1] ?? "").replace(/[ -]/g, "");
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
    out.push({ kind: "bank_account", value, confidence: bic ? 0.9 : 0.7, start, end, parts });
  }
  return out;
}
