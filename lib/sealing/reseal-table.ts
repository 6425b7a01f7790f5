import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  openBuffer,
  openString,
  sealBuffer,
  sealedHeader,
  sealedKeyId,
  sealString,
  type Keyring,
} from "@/lib/ingest/secret-box";
import { SEALED_COLUMNS, type SealedTable } from "./sealed-columns";

/** A sealed value that cannot be opened, with where it is. */
export class SealedValueError extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly rowId: string,
    cause: unknown,
  ) {
    super(`${table}.${column} of row ${rowId}: ${(cause as Error).message}`, { cause });
    this.name = "SealedValueError";
  }
}

const columnsOf = (table: SealedTable) => {
  const { text, bytes } = SEALED_COLUMNS[table];
  return [
    ...text.map((name) => ({ name, bytes: false })),
    ...bytes.map((name) => ({ name, bytes: true })),
  ];
};

/** Rows with at least one value not sealed under the current key (v1 values included). */
function stale(table: SealedTable, ring: Keyring): SQL {
  const header = sealedHeader(ring.current.id);
  const parts = columnsOf(table).map(({ name, bytes }) => {
    const col = sql.identifier(name);
    return bytes
      ? sql`(${col} IS NOT NULL AND substring(${col} FROM 1 FOR ${header.length}) <> ${Buffer.from(header, "latin1")})`
      : sql`(${col} IS NOT NULL AND left(${col}, ${header.length}) <> ${header})`;
  });
  return sql.join(parts, sql` OR `);
}

/** How many rows of the table still hold a value under another key. */
export async function countStale(db: Db, table: SealedTable, ring: Keyring): Promise<number> {
  const [row] = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${stale(table, ring)}`,
  );
  return row?.n ?? 0;
}

function reseal(value: unknown, bytes: boolean, ring: Keyring): string | null {
  if (value === null || value === undefined) return null;
  if (bytes) {
    const b = value as Buffer;
    const out = sealedKeyId(b) === ring.current.id ? b : sealBuffer(openBuffer(b, ring), ring);
    return out.toString("base64");
  }
  const s = value as string;
  return sealedKeyId(s) === ring.current.id ? s : sealString(openString(s, ring), ring);
}

/**
 * One batch: up to `limit` rows after `after` (by id) holding a value under another key, locked,
 * each value opened and sealed again with the current key, written back in one statement, in
 * one transaction. Returns how many rows it re-sealed and the last id (null: none left).
 */
export async function resealBatch(
  db: Db,
  o: { table: SealedTable; ring: Keyring; after: string | null; limit: number },
): Promise<{ resealed: number; lastId: string | null }> {
  const columns = columnsOf(o.table);
  const table = sql.identifier(o.table);
  return db.transaction(async (tx) => {
    const rows = await tx.execute<Record<string, unknown> & { id: string }>(sql`
      SELECT id, ${sql.join(
        columns.map((c) => sql.identifier(c.name)),
        sql`, `,
      )} FROM ${table}
      WHERE ${o.after === null ? sql`TRUE` : sql`id > ${o.after}::uuid`} AND (${stale(o.table, o.ring)})
      ORDER BY id LIMIT ${o.limit} FOR UPDATE`);
    if (rows.length === 0) return { resealed: 0, lastId: null };
    const values = rows.map((r) => {
      const v: Record<string, string | null> = { id: r.id };
      for (const c of columns) {
        try {
          v[c.name] = reseal(r[c.name], c.bytes, o.ring);
        } catch (err) {
          throw new SealedValueError(o.table, c.name, r.id, err);
        }
      }
      return v;
    });
    const set = columns.map((c) => {
      const from = sql`v.${sql.identifier(c.name)}`;
      return sql`${sql.identifier(c.name)} = ${c.bytes ? sql`decode(${from}, 'base64')` : from}`;
    });
    const shape = columns.map((c) => sql`${sql.identifier(c.name)} text`);
    await tx.execute(sql`
      UPDATE ${table} SET ${sql.join(set, sql`, `)}
      FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, ${sql.join(shape, sql`, `)})
      WHERE ${table}.id = v.id`);
    return { resealed: rows.length, lastId: rows[rows.length - 1]!.id };
  });
}
