import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { sql, type SQL } from "drizzle-orm";
import { customers, orders, refundRequests as r } from "../schema";

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

type Matcher = { field: SearchField; where: SQL };

/** The request-number part of a reference (RR-2026-000010 → 10), served by an expression index. */
export const REF_NUMBER = sql`(substring(${r.ref} from '[0-9]+$'))::bigint`;

/**
 * What a search for `q` can match, each with the field it names: a reference (whole, a prefix,
 * or its bare number "000010" / "10"), an order reference, a phone number (international or
 * national, any spacing; the email's numbers and the order's own), an email address, a
 * customer's name (any part, any case) and the words of the emails. Every matcher is served
 * by an index (btree on the reference number and order ids, GIN on the arrays and names).
 */
export function searchMatchers(q: string): Matcher[] {
  const t = q.trim();
  const out: Matcher[] = [];
  if (/^RR-\d{4}-\d+$/i.test(t))
    return [{ field: "reference", where: sql`${r.ref} = ${t.toUpperCase()}` }];
  if (/^RR-/i.test(t))
    return [
      {
        field: "reference",
        where: sql`${r.ref} LIKE ${t.toUpperCase().replace(/[%_\\]/g, "") + "%"}`,
      },
    ];
  if (/^[^\s@]+@[^\s@]+$/.test(t))
    return [
      {
        field: "email",
        where: sql`(lower(${r.fromAddress}) = ${t.toLowerCase()} OR ${r.customerId} IN (SELECT ${customers.id} FROM ${customers} WHERE lower(${customers.email}) = ${t.toLowerCase()}))`,
      },
    ];
  const digits = /^\d{1,12}$/.test(t) ? t : null;
  if (digits && digits.length <= 9)
    out.push({ field: "reference", where: sql`${REF_NUMBER} = ${Number(digits)}::bigint` });
  const order = /^(?:ORD-?)?(\d{6,12})$/i.exec(t);
  if (order) {
    const ref = `ORD-${order[1]}`;
    out.push({
      field: "order",
      where: sql`(${r.orderRefs} @> ARRAY[${ref}]::text[] OR ${r.orderId} IN (SELECT ${orders.id} FROM ${orders} WHERE ${orders.ref} = ${ref}))`,
    });
  }
  const phones = phoneCandidates(t);
  if (phones.length) {
    const arr = sql`ARRAY[${sql.join(
      phones.map((p) => sql`${p}`),
      sql`, `,
    )}]::text[]`;
    out.push({
      field: "phone",
      where: sql`(${r.phoneNumbers} && ${arr} OR ${r.orderId} IN (SELECT ${orders.id} FROM ${orders} WHERE ${orders.phoneNumber} = ANY(${arr})))`,
    });
  }
  if (out.length) return out;
  if (t.length >= 2 && !/^\d+$/.test(t))
    out.push({
      field: "name",
      where: sql`${r.customerId} IN (SELECT ${customers.id} FROM ${customers} WHERE lower(${customers.name}) LIKE ${`%${t.toLowerCase().replace(/[%_\\]/g, "")}%`})`,
    });
  out.push({ field: "text", where: sql`${r.searchText} @@ plainto_tsquery('simple', ${t})` });
  return out;
}

/** The search as one condition, the rank of a row (0 = best field), and the field it matched. */
export function searchPlan(q: string): { where: SQL; rank: SQL; matched: SQL } {
  const m = searchMatchers(q);
  const cases = (value: (x: Matcher) => SQL) =>
    sql`CASE ${sql.join(
      m.map((x) => sql`WHEN ${x.where} THEN ${value(x)}`),
      sql` `,
    )} END`;
  return {
    where: sql`(${sql.join(
      m.map((x) => x.where),
      sql` OR `,
    )})`,
    rank: cases((x) => sql`${SEARCH_FIELDS.indexOf(x.field)}::int`),
    matched: cases((x) => sql`${x.field}::text`),
  };
}
