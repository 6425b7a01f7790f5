import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { AuditLogFilters } from "./audit-log-filters";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogRow = {
  id: number;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
  requestRef: string | null;
};

const dayAfter = (d: string) =>
  new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000).toISOString();

/**
 * WHERE of the audit log view. A request's entries are its own (entity
 * 'request') and those that name it in their data (payouts: requestId;
 * ledger postings: links.requestId).
 * Indexes: audit_log_actor_idx, audit_log_action_idx, audit_log_request_idx (migration 0019).
 */
export function auditConditions(f: AuditLogFilters): SQL {
  const c: SQL[] = [];
  if (f.actor === "system") c.push(sql`a.actor_id IS NULL`);
  else if (f.actor) c.push(sql`a.actor_id = ${f.actor}::uuid`);
  if (f.action) c.push(sql`a.action = ${f.action}`);
  if (f.request)
    c.push(sql`(a.id IN (
      SELECT x.id FROM audit_log x JOIN refund_requests q ON q.ref = ${f.request}
      WHERE x.entity_type = 'request' AND x.entity_id = q.id::text
      UNION ALL
      SELECT x.id FROM audit_log x JOIN refund_requests q ON q.ref = ${f.request}
      WHERE x.data ? 'requestId' AND (x.data->>'requestId') = q.id::text
      UNION ALL
      SELECT x.id FROM audit_log x JOIN refund_requests q ON q.ref = ${f.request}
      WHERE x.data ? 'links' AND (x.data->'links'->>'requestId') = q.id::text))`);
  if (f.from) c.push(sql`a.at >= ${`${f.from}T00:00:00Z`}::timestamptz`);
  if (f.to) c.push(sql`a.at < ${dayAfter(f.to)}::timestamptz`);
  if (f.before) c.push(sql`a.id < ${f.before}`);
  return c.length ? sql.join(c, sql` AND `) : sql`TRUE`;
}

/** The entries with the actor's name and the request's reference, newest first. */
export function auditRowsQuery(f: AuditLogFilters, limit: number | null): SQL {
  return sql`
    SELECT a.id::float8 AS id, a.at, a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.data,
      a.actor_id AS "actorId", u.name AS "actorName", q.id AS "requestId", q.ref AS "requestRef"
    FROM audit_log a
    LEFT JOIN users u ON u.id = a.actor_id
    LEFT JOIN refund_requests q ON q.id = (CASE WHEN a.entity_type = 'request' THEN a.entity_id
      ELSE coalesce(a.data->>'requestId', a.data->'links'->>'requestId') END)::uuid
    WHERE ${auditConditions(f)}
    ORDER BY a.id DESC
    ${limit === null ? sql`` : sql`LIMIT ${limit}`}`;
}

export function toAuditRow(x: Record<string, unknown>): AuditLogRow {
  return { ...(x as Omit<AuditLogRow, "at">), at: new Date(String(x.at)) };
}

/** One page of the log, paged by keyset on id (the chain's own order). */
export async function listAuditLog(
  db: Db,
  f: AuditLogFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditLogRow[]; nextBefore: number | null }> {
  const raw = await db.execute<Record<string, unknown>>(auditRowsQuery(f, pageSize + 1));
  const rows = raw.map(toAuditRow);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { rows: page, nextBefore: rows.length > pageSize && last ? last.id : null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidsIn(value: unknown, out: Set<string>): void {
  if (typeof value === "string" && UUID.test(value)) out.add(value.toLowerCase());
  else if (Array.isArray(value)) for (const v of value) uuidsIn(v, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) uuidsIn(v, out);
}

/**
 * Names for the ids inside a page's entries (people, requests): two queries
 * for the whole page, so before → after reads "Anna → Boris", not UUIDs.
 */
export async function namesForEntries(
  db: Db,
  rows: { data: unknown }[],
): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const r of rows) uuidsIn(r.data, ids);
  if (ids.size === 0) return new Map();
  const list = sql.join(
    [...ids].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const found = await db.execute<{ id: string; label: string }>(sql`
    SELECT id::text, name AS label FROM users WHERE id IN (${list})
    UNION ALL SELECT id::text, ref AS label FROM refund_requests WHERE id IN (${list})`);
  return new Map(found.map((x) => [x.id, x.label]));
}
