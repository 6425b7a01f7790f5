import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { findFullPaymentNumbers } from "@/lib/ingest/find-full-payment-numbers";
import { maskKeepingLength } from "@/lib/ingest/redact-payment-details";
import { isSealedColumn } from "./sealed-columns";

/** A full card number or IBAN found in the clear; `masked` is safe to print, the value never is. */
export type PlaintextFinding = {
  table: string;
  column: string;
  /** The row's primary key (or ctid for a table without one). */
  row: string;
  /** "unsealed": a value in a sealed column that is not sealed (shown as nothing). */
  kind: "card" | "iban" | "unsealed";
  masked: string;
};

type Column = { schema: string; table: string; column: string; type: string; key: string | null };

/** Every text-like column (text, varchar, char, json, jsonb, bytea, tsvector, their arrays) of every table. */
async function scannedColumns(db: Db): Promise<Column[]> {
  return db.execute<Column>(sql`
    SELECT n.nspname AS schema, c.relname AS "table", a.attname AS column, t.typname AS type,
      (SELECT string_agg(quote_ident(k.attname), ' || '','' || ' ORDER BY k.attnum)
         FROM pg_index i JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = ANY (i.indkey)
         WHERE i.indrelid = c.oid AND i.indisprimary) AS key
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_type t ON t.oid = a.atttypid
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
      AND t.typname IN ('text', 'varchar', 'bpchar', 'json', 'jsonb', 'bytea', 'tsvector', '_text', '_varchar', '_bpchar', '_jsonb')
    ORDER BY 1, 2, a.attnum`);
}

/** The column as text: bytes with printable ASCII kept (digits, letters, spaces), arrays one item a line. */
function asText(c: Column) {
  const col = sql.identifier(c.column);
  if (c.type === "bytea") return sql`encode(${col}, 'escape')`;
  if (c.type.startsWith("_")) return sql`array_to_string(${col}::text[], E'\n')`;
  return sql`${col}::text`;
}

const rowKey = (c: Column) => (c.key ? sql.raw(`(${c.key})::text`) : sql`ctid::text`);
const tableName = (c: Column) => (c.schema === "public" ? c.table : `${c.schema}.${c.table}`);

/**
 * Rows of a sealed column whose value is not in the sealed format (v2, or v1 for strings): a
 * value written there in the clear, which the number check would skip as ciphertext.
 */
async function unsealedIn(db: Db, c: Column): Promise<PlaintextFinding[]> {
  const col = sql.identifier(c.column);
  const sealed =
    c.type === "bytea"
      ? sql`(encode(substring(${col} FROM 1 FOR 3), 'escape') = 'v2:')`
      : sql`(left(${col}, 3) IN ('v1:', 'v2:'))`;
  const rows = await db.execute<{ row: string }>(sql`
    SELECT ${rowKey(c)} AS row FROM ${sql.identifier(c.schema)}.${sql.identifier(c.table)}
    WHERE ${col} IS NOT NULL AND NOT ${sealed}`);
  return rows.map((r) => ({
    table: tableName(c),
    column: c.column,
    row: r.row,
    kind: "unsealed",
    masked: "",
  }));
}

/**
 * Every full card number (13–19 digits passing Luhn) or IBAN (mod-97) stored in the clear: in
 * every text-like column of every table of every schema; in a sealed column, any value not in
 * the sealed format. PostgreSQL picks the rows that could hold one (a digit run, a country code
 * and check digits, spaces or non-breaking spaces between); the checks run here. For tests and
 * audits of a database, not a hot path.
 */
export async function scanPlaintext(db: Db): Promise<PlaintextFinding[]> {
  const findings: PlaintextFinding[] = [];
  for (const c of await scannedColumns(db)) {
    if (c.schema === "public" && isSealedColumn(c.table, c.column)) {
      findings.push(...(await unsealedIn(db, c)));
      continue;
    }
    const text = asText(c);
    const rows = await db.execute<{ row: string; text: string }>(sql`
      SELECT ${rowKey(c)} AS row, ${text} AS text
      FROM ${sql.identifier(c.schema)}.${sql.identifier(c.table)}
      WHERE ${text} ~ '[0-9]([ \u00a0-]?[0-9]){12}' OR ${text} ~ '[A-Za-z]{2}[0-9]{2}([ \u00a0]?[A-Za-z0-9]){11}'`);
    for (const r of rows)
      for (const f of findFullPaymentNumbers(r.text))
        findings.push({
          table: tableName(c),
          column: c.column,
          row: r.row,
          kind: f.kind,
          masked: maskKeepingLength(f.value),
        });
  }
  return findings;
}

/** One line per finding, for a failing test or a report. */
export function describeFindings(findings: PlaintextFinding[]): string {
  return findings
    .map(
      (f) =>
        `${f.table}.${f.column} row ${f.row}: ${f.kind === "unsealed" ? "a value not in the sealed format" : `a full ${f.kind === "card" ? "card number" : "IBAN"} (${f.masked})`}`,
    )
    .join("\n");
}
