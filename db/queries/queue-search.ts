import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { sql, type SQL } from "drizzle-orm";
import { refundRequests as r } from "../schema";
import type { SearchLookups, Found } from "./queue-search-lookups";

/** Which field of a request a search matched, best first: the queue ranks and labels rows by it. */
export const SEARCH_FIELDS = ["reference", "order", "phone", "email", "name", "text"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

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

/** The request-number part of a reference (RR-2026-000010 → 10), served by an expression index. */
export const REF_NUMBER = sql`(substring(${r.ref} from '[0-9]+$'))::bigint`;

export type Matcher = { field: SearchField; where: SQL };

/** `column` is one of the looked-up ids (bound as an array, so the planner sees how many), or null. */
function oneOf(column: SQL, found: Found): SQL | null {
  if ("query" in found) return sql`${column} IN (${found.query})`;
  if (!found.ids.length) return null;
  return sql`${column} = ANY(ARRAY[${sql.join(
    found.ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[])`;
}

const anyOf = (...parts: (SQL | null)[]): SQL | null => {
  const some = parts.filter((p): p is SQL => p !== null);
  return some.length ? sql`(${sql.join(some, sql` OR `)})` : null;
};
const textArray = (xs: string[]) =>
  sql`ARRAY[${sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  )}]::text[]`;

/**
 * The conditions a search matches on, each with the field it names, every one served by an index
 * (btree on the reference number and the sender, GIN on the arrays and words); customers and
 * orders are looked up first (queue-search-lookups.ts), so a search naming nobody drops that part.
 */
export function searchMatchers(t: SearchTerms, found: SearchLookups): Matcher[] {
  const m: [SearchField, SQL | null][] = [];
  if (t.ref && "exact" in t.ref) m.push(["reference", sql`${r.ref} = ${t.ref.exact}`]);
  if (t.ref && "prefix" in t.ref) m.push(["reference", sql`${r.ref} LIKE ${t.ref.prefix + "%"}`]);
  if (t.refNumber !== undefined) m.push(["reference", sql`${REF_NUMBER} = ${t.refNumber}::bigint`]);
  if (t.orderRef)
    m.push([
      "order",
      anyOf(
        sql`${r.orderRefs} @> ${textArray([t.orderRef])}`,
        oneOf(sql`${r.orderId}`, found.order),
      ),
    ]);
  if (t.phones.length)
    m.push([
      "phone",
      anyOf(
        sql`${r.phoneNumbers} && ${textArray(t.phones)}`,
        oneOf(sql`${r.orderId}`, found.phone),
      ),
    ]);
  if (t.email)
    m.push([
      "email",
      anyOf(sql`lower(${r.fromAddress}) = ${t.email}`, oneOf(sql`${r.customerId}`, found.email)),
    ]);
  if (t.name) m.push(["name", oneOf(sql`${r.customerId}`, found.name)]);
  if (t.words) m.push(["text", sql`${r.searchText} @@ plainto_tsquery('simple', ${t.words})`]);
  return m.flatMap(([field, where]) => (where ? [{ field, where }] : []));
}

/** The search as one condition, the rank of a row (0 = best field), and the field it matched. */
export function searchPlan(m: Matcher[]): { where: SQL; rank: SQL; matched: SQL } {
  if (!m.length) return { where: sql`false`, rank: sql`0`, matched: sql`NULL::text` };
  const cases = (value: (x: Matcher) => SQL) =>
    sql`CASE ${sql.join(
      m.map((x) => sql`WHEN ${x.where} THEN ${value(x)}`),
      sql` `,
    )} END`;
  return {
    where: anyOf(...m.map((x) => x.where))!,
    rank: cases((x) => sql`${SEARCH_FIELDS.indexOf(x.field)}::int`),
    matched: cases((x) => sql`${x.field}::text`),
  };
}
