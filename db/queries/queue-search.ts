import { sql, type SQL } from "drizzle-orm";
import { refundRequests as r } from "../schema";
import type { SearchLookups, Found } from "./queue-search-lookups";
import type { SearchTerms } from "./queue-search-terms";

/** Which field of a request a search matched, best first: the queue ranks and labels rows by it. */
export const SEARCH_FIELDS = ["reference", "order", "phone", "email", "name", "text"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The request-number part of a reference (RR-2026-000010 → 10), served by an expression index. */
export const REF_NUMBER = sql`(substring(${r.ref} from '[0-9]+$'))::bigint`;

export type Matcher = {
  field: SearchField;
  where: SQL;
  /**
   * Its matches are a few people's or orders' requests, found by index (every field but the
   * words, and a name naming more than LOOKUP_CAP customers): listed by fetching them, not by
   * walking the queue for them.
   */
  few: boolean;
};

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
  const many = (f: Found) => "query" in f;
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
  const few = (field: SearchField) =>
    field === "reference" ||
    (field === "order" && !many(found.order)) ||
    (field === "phone" && !many(found.phone)) ||
    (field === "email" && !many(found.email)) ||
    (field === "name" && !many(found.name));
  return m.flatMap(([field, where]) => (where ? [{ field, where, few: few(field) }] : []));
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
