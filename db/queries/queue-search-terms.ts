import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * Countries a phone number written without "+" is tried in (national format, "212 555 0147"):
 * those the department's customers call from. Each reading that is a possible number is searched.
 */
export const NATIONAL_PHONE_COUNTRIES: CountryCode[] = [
  "US",
  "GB",
  "RU",
  "DE",
  "FR",
  "ES",
  "PL",
  "UA",
  "KZ",
  "CA",
];

/** E.164 readings of what a person typed as a phone number; none when it cannot be one. */
export function phoneCandidates(q: string): string[] {
  const compact = q.replace(/[\s().\-]/g, "");
  if (!/^(\+|00)?\d{7,15}$/.test(compact)) return [];
  if (/^(\+|00)/.test(compact)) {
    const n = parsePhoneNumberFromString(compact.replace(/^00/, "+"));
    return n?.isPossible() ? [n.number] : [];
  }
  const out = new Set<string>();
  for (const country of NATIONAL_PHONE_COUNTRIES) {
    const n = parsePhoneNumberFromString(compact, country);
    if (n?.isPossible()) out.add(n.number);
  }
  // Digits typed without "+" may also be an international number.
  const intl = parsePhoneNumberFromString(`+${compact}`);
  if (intl?.isPossible()) out.add(intl.number);
  return [...out];
}

/**
 * What a search for `q` can be, read from its shape alone: a reference (whole, or a prefix), an
 * email address, or else a bare reference number, an order reference and phone readings; failing
 * all of those, a name and the words of the emails.
 */
export type SearchTerms = {
  ref?: { exact: string } | { prefix: string };
  email?: string;
  refNumber?: number;
  orderRef?: string;
  phones: string[];
  name?: string;
  words?: string;
};

export function searchTerms(q: string): SearchTerms {
  const t = q.trim();
  if (/^RR-\d{4}-\d+$/i.test(t)) return { ref: { exact: t.toUpperCase() }, phones: [] };
  if (/^RR-/i.test(t))
    return { ref: { prefix: t.toUpperCase().replace(/[%_\\]/g, "") }, phones: [] };
  if (/^[^\s@]+@[^\s@]+$/.test(t)) return { email: t.toLowerCase(), phones: [] };
  const out: SearchTerms = { phones: phoneCandidates(t) };
  if (/^\d{1,9}$/.test(t)) out.refNumber = Number(t);
  const order = /^(?:ORD-?)?(\d{6,12})$/i.exec(t);
  if (order) out.orderRef = `ORD-${order[1]}`;
  if (out.refNumber !== undefined || out.orderRef || out.phones.length) return out;
  if (t.length >= 2 && !/^\d+$/.test(t)) out.name = t.toLowerCase().replace(/[%_\\]/g, "");
  return { ...out, words: t };
}
