import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { customers, orders } from "../schema";
import type { SearchTerms } from "./queue-search-terms";

/** More ids than this and the search keeps the lookup as a subquery rather than a list. */
export const LOOKUP_CAP = 500;

/** Ids a search term names, or (past LOOKUP_CAP) the subquery that finds them. */
export type Found = { ids: string[] } | { query: SQL };

/** The customers and orders a search names: by email, order reference, phone number and name. */
export type SearchLookups = { email: Found; order: Found; phone: Found; name: Found };

const NONE: Found = { ids: [] };

async function lookUp(db: Db, query: SQL): Promise<Found> {
  const rows = await db.execute<{ id: string }>(sql`${query} LIMIT ${LOOKUP_CAP + 1}`);
  return rows.length > LOOKUP_CAP ? { query } : { ids: rows.map((x) => x.id) };
}

/**
 * Looks up, before the requests are searched, the people and orders a search names. Their ids go
 * into the request search as values, so the planner knows how many there are: none drops that
 * part of the search, a few are fetched by index, where a subquery would leave the planner
 * guessing and walking the whole queue in order for a name nobody has.
 */
export async function lookUpSearch(db: Db, t: SearchTerms): Promise<SearchLookups> {
  const [email, order, phone, name] = await Promise.all([
    t.email
      ? lookUp(
          db,
          sql`SELECT ${customers.id} FROM ${customers} WHERE lower(${customers.email}) = ${t.email}`,
        )
      : NONE,
    t.orderRef
      ? lookUp(db, sql`SELECT ${orders.id} FROM ${orders} WHERE ${orders.ref} = ${t.orderRef}`)
      : NONE,
    t.phones.length
      ? lookUp(
          db,
          sql`SELECT ${orders.id} FROM ${orders} WHERE ${orders.phoneNumber} IN (${sql.join(
            t.phones.map((p) => sql`${p}`),
            sql`, `,
          )})`,
        )
      : NONE,
    t.name
      ? lookUp(
          db,
          sql`SELECT ${customers.id} FROM ${customers} WHERE lower(${customers.name}) LIKE ${`%${t.name}%`}`,
        )
      : NONE,
  ]);
  return { email, order, phone, name };
}
