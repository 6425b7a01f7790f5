import { sql, type SQL } from "drizzle-orm";
import { refundRequests } from "../schema";
import type { QueueFilters } from "./queue-filters";

const r = refundRequests;

/**
 * Sort keys as expressions with NULLs folded into a sentinel (no due date =
 * "infinity", no amount = -1), so keyset paging is one row comparison that an
 * expression index answers directly. Matching indexes: migration 0009.
 */
export const DUE = sql`coalesce(${r.reviewBy}, 'infinity'::timestamptz)`;
const AMOUNT = sql`coalesce(${r.amountRequestedMinor}, -1)`;
// Amounts compare only within a currency: the amount sort groups by currency first.
const CURRENCY = sql`coalesce(${r.currency}, '')`;

export function sortSpec(f: QueueFilters) {
  switch (f.sort) {
    case "received":
      return {
        key: sql`${r.receivedAt}`,
        cast: sql`::timestamptz`,
        dir: "desc" as const,
        toCursor: (row: SortedRow) => row.receivedAt.toISOString(),
      };
    case "amount":
      return {
        key: AMOUNT,
        cast: sql`::bigint`,
        dir: "desc" as const,
        group: CURRENCY,
        toCursor: (row: SortedRow) => `${row.currency ?? ""}:${row.amountRequestedMinor ?? -1}`,
      };
    default:
      return {
        key: DUE,
        cast: sql`::timestamptz`,
        dir: "asc" as const,
        toCursor: (row: SortedRow) => row.reviewBy?.toISOString() ?? "infinity",
      };
  }
}
type SortedRow = {
  receivedAt: Date;
  amountRequestedMinor: number | null;
  currency: string | null;
  reviewBy: Date | null;
};
export type SortSpec = ReturnType<typeof sortSpec> & { group?: SQL };

/**
 * Rows after the cursor in (rank ASC, group ASC, key dir, id dir) order, spelled out because the
 * directions differ (a row comparison needs one direction). rank: a search's matched field.
 */
export function afterCursor(
  s: SortSpec,
  c: { v: string; id: string; rank?: number },
  rank: SQL | null,
): SQL {
  const [groupV, keyV] = s.group
    ? [c.v.slice(0, c.v.indexOf(":")), c.v.slice(c.v.indexOf(":") + 1)]
    : [null, c.v];
  const cmp = s.dir === "asc" ? sql`>` : sql`<`;
  let cond = sql`(${s.key}, ${r.id}) ${cmp} (${keyV}${s.cast}, ${c.id}::uuid)`;
  if (s.group && groupV !== null)
    cond = sql`(${s.group} > ${groupV} OR (${s.group} = ${groupV} AND ${cond}))`;
  if (rank && c.rank !== undefined)
    cond = sql`(${rank} > ${c.rank} OR (${rank} = ${c.rank} AND ${cond}))`;
  return cond;
}
