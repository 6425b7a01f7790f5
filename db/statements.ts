import { getTableColumns, getTableName, type Column } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import type { Tx } from "./client";

/**
 * Precompiled statements for the hot paths (ingestion runs ~15 statements per
 * email): the SQL text is built once per shape from the drizzle schema and run
 * as a named prepared statement on the underlying postgres.js connection, with
 * parameters and rows converted by the schema's own column mappers — the same
 * values drizzle would send and return, without rebuilding the query each time.
 * Everything else keeps using drizzle's builders.
 */

/** The postgres.js connection (pool, or the reserved connection of a transaction) behind a drizzle handle. */
export function clientOf(tx: Tx): postgres.Sql {
  const client = (tx as unknown as { session?: { client?: postgres.Sql } }).session?.client;
  if (!client || typeof client.unsafe !== "function")
    throw new Error("clientOf: not a drizzle postgres-js database or transaction");
  return client;
}

type Row = Record<string, unknown>;
type ColumnInfo = { key: string; name: string; column: Column };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const columnCache = new WeakMap<PgTable, Map<string, ColumnInfo>>();

function columnsOf(table: PgTable): Map<string, ColumnInfo> {
  let m = columnCache.get(table);
  if (!m) {
    m = new Map(
      Object.entries(getTableColumns(table)).map(([key, column]) => [
        key,
        { key, name: column.name, column },
      ]),
    );
    columnCache.set(table, m);
  }
  return m;
}

function column(table: PgTable, key: string): ColumnInfo {
  const c = columnsOf(table).get(key);
  if (!c) throw new Error(`statements: ${getTableName(table)} has no column ${key}`);
  return c;
}

/** A JS value as drizzle would send it for this column (dates as ISO text, JSON as text, arrays as literals). */
export function toDriver(table: PgTable, key: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return column(table, key).column.mapToDriverValue(value);
}

/** `"t"."account_ref" AS "accountRef", …` for every column (or the given keys) of a table. */
export function selectList(table: PgTable, alias?: string, keys?: readonly string[]): string {
  const prefix = alias ? `${quote(alias)}.` : "";
  const infos = keys ? keys.map((k) => column(table, k)) : [...columnsOf(table).values()];
  return infos.map((c) => `${prefix}${quote(c.name)} AS ${quote(c.key)}`).join(", ");
}

/** A row selected with selectList, with every value converted as drizzle would (dates, bigint money, JSON). */
export function mapRow<T>(table: PgTable, row: Row): T {
  const columns = columnsOf(table);
  const out: Row = {};
  for (const key of Object.keys(row)) {
    const v = row[key];
    const info = columns.get(key);
    out[key] =
      v === null || v === undefined || !info ? (v ?? null) : info.column.mapFromDriverValue(v);
  }
  return out as T;
}

/** One statement ready to send: text, driver-ready parameters, and how to map its rows. */
export type Statement<Out = Row> = { text: string; params: unknown[]; table?: PgTable; _out?: Out };

/** Sends one statement (by default as a named prepared statement) and maps its rows. */
export async function send<Out>(
  client: postgres.Sql,
  st: Statement<Out>,
  opts: { prepare?: boolean } = {},
): Promise<Out[]> {
  // execute() queues it on the connection now, so statements go out in the order send() is called.
  const rows = await client
    .unsafe(st.text, st.params as postgres.ParameterOrJSON<never>[], {
      prepare: opts.prepare ?? true,
    })
    .execute();
  return st.table ? rows.map((r) => mapRow<Out>(st.table!, r as Row)) : (rows as unknown as Out[]);
}

export type CompiledStatement<In, Out> = ((client: postgres.Sql, values: In) => Promise<Out[]>) & {
  /** The statement for these values, to send later (e.g. in a pipelined batch). */
  build: (values: In) => Statement<Out>;
};

/**
 * INSERT INTO table (keys…) VALUES ($1…) [ON CONFLICT (target) DO NOTHING] [RETURNING …].
 * `wrap` puts a column's parameter inside an SQL expression, `$` standing for it
 * (e.g. to_tsvector). Columns not listed get their database defaults; a listed
 * key whose value is undefined is sent as NULL (unlike drizzle, which would use
 * the default), so list only the columns the caller always sets.
 */
export function compileInsert<
  T extends PgTable,
  K extends keyof T["$inferInsert"] & string,
  R extends keyof T["$inferSelect"] & string = never,
>(
  table: T,
  keys: readonly K[],
  opts: {
    wrap?: Partial<Record<K, string>>;
    onConflictDoNothing?: keyof T["$inferSelect"] & string;
    returning?: readonly R[];
  } = {},
): CompiledStatement<Pick<T["$inferInsert"], K>, Pick<T["$inferSelect"], R>> {
  const cols = keys.map((k) => column(table, k));
  const placeholders = cols.map((c, i) => {
    const w = opts.wrap?.[c.key as K];
    return w ? w.replace("$", `$${i + 1}`) : `$${i + 1}`;
  });
  const conflict = opts.onConflictDoNothing
    ? ` ON CONFLICT (${quote(column(table, opts.onConflictDoNothing).name)}) DO NOTHING`
    : "";
  const returning = opts.returning?.length
    ? ` RETURNING ${selectList(table, undefined, opts.returning)}`
    : "";
  const text = `INSERT INTO ${quote(getTableName(table))} (${cols.map((c) => quote(c.name)).join(", ")}) VALUES (${placeholders.join(", ")})${conflict}${returning}`;
  const build = (values: Pick<T["$inferInsert"], K>): Statement<Pick<T["$inferSelect"], R>> => {
    const v = values as Record<string, unknown>;
    return { text, params: cols.map((c) => toDriver(table, c.key, v[c.key])), table };
  };
  return Object.assign(
    (client: postgres.Sql, values: Pick<T["$inferInsert"], K>) => send(client, build(values)),
    { build },
  );
}

/** A SELECT/UPDATE text run as a prepared statement, its rows mapped by `table`'s columns. */
export function run<T>(
  client: postgres.Sql,
  table: PgTable,
  text: string,
  params: unknown[],
): Promise<T[]> {
  return send<T>(client, { text, params, table });
}

/**
 * UPDATE table SET key = $1, … [, updated_at = now()] WHERE <where> [RETURNING …]. The
 * where clause numbers its own parameters from $1; they are passed after the values.
 */
export function compileUpdate<
  T extends PgTable,
  K extends keyof T["$inferInsert"] & string,
  R extends keyof T["$inferSelect"] & string = never,
>(
  table: T,
  keys: readonly K[],
  where: { sql: string; params: number },
  opts: { touch?: keyof T["$inferSelect"] & string; returning?: readonly R[] } = {},
): ((
  client: postgres.Sql,
  values: Pick<T["$inferInsert"], K>,
  whereParams: unknown[],
) => Promise<Pick<T["$inferSelect"], R>[]>) & {
  build: (
    values: Pick<T["$inferInsert"], K>,
    whereParams: unknown[],
  ) => Statement<Pick<T["$inferSelect"], R>>;
} {
  const cols = keys.map((k) => column(table, k));
  const sets = cols.map((c, i) => `${quote(c.name)} = $${i + 1}`);
  if (opts.touch) sets.push(`${quote(column(table, opts.touch).name)} = now()`);
  const shifted = where.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + cols.length}`);
  const returning = opts.returning?.length
    ? ` RETURNING ${selectList(table, undefined, opts.returning)}`
    : "";
  const text = `UPDATE ${quote(getTableName(table))} SET ${sets.join(", ")} WHERE ${shifted}${returning}`;
  const build = (
    values: Pick<T["$inferInsert"], K>,
    whereParams: unknown[],
  ): Statement<Pick<T["$inferSelect"], R>> => {
    if (whereParams.length !== where.params)
      throw new Error(`compileUpdate: expected ${where.params} where parameters`);
    const v = values as Record<string, unknown>;
    return {
      text,
      params: [...cols.map((c) => toDriver(table, c.key, v[c.key])), ...whereParams],
      table,
    };
  };
  return Object.assign(
    (client: postgres.Sql, values: Pick<T["$inferInsert"], K>, whereParams: unknown[]) =>
      send(client, build(values, whereParams)),
    { build },
  );
}
