import type postgres from "postgres";
import type { Db } from "@/db/client";
import {
  auditLogFiltersToParams,
  type AuditLogFilters,
} from "@/db/queries/audit/audit-log-filters";
import {
  auditRowsQuery,
  namesForEntries,
  toAuditRow,
  type AuditLogRow,
} from "@/db/queries/audit/list-audit-log";
import { streamRows } from "@/db/queries/export/stream-rows";
import { describeAuditEntry, type DescribedEntry } from "@/lib/audit/describe-audit-entry";
import type { CsvColumn } from "./csv";
import { csvResponse } from "./csv-response";
import { recordExport } from "./record-export";

type Described = AuditLogRow & DescribedEntry;

const COLUMNS: CsvColumn<Described>[] = [
  { header: "id", value: (r) => r.id },
  { header: "at", value: (r) => r.at },
  {
    header: "who",
    value: (r) => r.actorName ?? (typeof r.data.job === "string" ? `job ${r.data.job}` : "system"),
  },
  { header: "action", value: (r) => r.action },
  { header: "summary", value: (r) => r.summary },
  { header: "request", value: (r) => r.requestRef },
  {
    header: "changes",
    value: (r) => r.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join("; "),
  },
  { header: "data", value: (r) => JSON.stringify(r.data) },
];

/** Rows from the cursor, described in batches: one name look-up per batch keeps memory flat. */
async function* describedRows(db: Db, client: postgres.Sql, f: AuditLogFilters, batch = 500) {
  let rows: AuditLogRow[] = [];
  const flush = async function* () {
    const names = await namesForEntries(db, rows);
    for (const r of rows) yield { ...r, ...describeAuditEntry(r, names) };
    rows = [];
  };
  for await (const raw of streamRows(client, auditRowsQuery(f, null), batch)) {
    rows.push(toAuditRow(raw));
    if (rows.length >= batch) yield* flush();
  }
  yield* flush();
}

/** The audit log under its filter as a streamed CSV; the export itself is audited first. */
export async function exportAuditLog(
  db: Db,
  client: postgres.Sql,
  o: { userId: string; filters: AuditLogFilters; now?: Date },
): Promise<Response> {
  const { before: _ignored, ...filters } = o.filters;
  await recordExport(db, {
    userId: o.userId,
    view: "audit",
    filter: auditLogFiltersToParams(filters),
  });
  return csvResponse({
    filename: `audit-${(o.now ?? new Date()).toISOString().slice(0, 10)}.csv`,
    columns: COLUMNS,
    rows: describedRows(db, client, filters),
  });
}
