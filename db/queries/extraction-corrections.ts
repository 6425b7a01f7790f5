import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { CorrectableField } from "@/lib/requests/correct-request-field";

/**
 * The request column each correctable field changes, as recorded in the audit entry's before/after
 * (the Record's type makes this list complete; its order is the report's).
 */
const COLUMN: Record<CorrectableField, string> = {
  serviceName: "serviceName",
  amount: "amountRequestedMinor",
  currency: "currency",
  claim: "claim",
  reasonText: "reasonText",
  directRequested: "directRequested",
  paymentDetails: "paymentDetailKind",
  phoneNumbers: "phoneNumbers",
  orderRefs: "orderRefs",
  language: "language",
};
const FIELD_ORDER = Object.keys(COLUMN) as CorrectableField[];
const FIELDS = sql.join(
  FIELD_ORDER.map((f, i) => sql`(${f}::text, ${COLUMN[f]}::text, ${i}::int)`),
  sql`, `,
);

export interface CorrectionRate {
  /** Monday (UTC) of the week the requests arrived, YYYY-MM-DD. */
  week: string;
  field: CorrectableField;
  /** Requests that arrived that week. */
  requests: number;
  /** Of those, the ones whose field a reviewer changed (at any time since). */
  corrected: number;
  /** corrected / requests, 0..1. */
  share: number;
}

/**
 * Extraction accuracy from real use: per week of arrival and per correctable
 * field, the share of requests whose field a reviewer corrected (audit action
 * `request.field_corrected`; a save that left the value as it was does not
 * count). Every field of every week with requests is listed, zeros included,
 * weeks oldest first, fields in the order of COLUMN. `from` and `to` are days (UTC, inclusive).
 * The requests per week come from the trigger-kept report_requests_daily, so the report reads
 * a row per day, not every request of the period.
 */
export async function extractionCorrectionRates(
  db: Db,
  opts: { from: string; to: string },
): Promise<CorrectionRate[]> {
  const from = sql`${opts.from}::date`;
  const to = sql`${opts.to}::date`;
  const rows = await db.execute<{
    week: string;
    field: CorrectableField;
    n: number;
    c: number;
  }>(sql`
    WITH fields(field, col, pos) AS (VALUES ${FIELDS}),
    weeks AS (
      SELECT date_trunc('week', day)::date AS week, sum(n)::int AS n
      FROM report_requests_daily
      WHERE day BETWEEN ${from} AND ${to}
      GROUP BY 1 HAVING sum(n) > 0
    ),
    corrected AS (
      SELECT DISTINCT date_trunc('week', r.created_at AT TIME ZONE 'UTC')::date AS week, f.field, r.id
      FROM audit_log a
      JOIN fields f ON f.field = a.data->>'field'
      JOIN refund_requests r ON r.id = a.entity_id::uuid
      WHERE a.action = 'request.field_corrected' AND a.entity_type = 'request'
        -- A correction follows its request's arrival: the period bounds the audit entries too.
        AND a.at >= ${from}::timestamp AT TIME ZONE 'UTC'
        AND r.created_at >= ${from}::timestamp AT TIME ZONE 'UTC'
        AND r.created_at < (${to} + 1)::timestamp AT TIME ZONE 'UTC'
        AND (a.data->'before'->f.col) IS DISTINCT FROM (a.data->'after'->f.col)
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, f.field, w.n, count(c.id)::int AS c
    FROM weeks w CROSS JOIN fields f
    LEFT JOIN corrected c ON c.week = w.week AND c.field = f.field
    GROUP BY w.week, f.field, f.pos, w.n
    ORDER BY w.week, f.pos
  `);
  return rows.map((r) => ({
    week: r.week,
    field: r.field,
    requests: r.n,
    corrected: r.c,
    share: r.n > 0 ? r.c / r.n : 0,
  }));
}

export interface CorrectedExample {
  requestId: string;
  ref: string;
  subject: string;
  /** When the correction was made. */
  at: Date;
  /** The reviewer who made it (display name), or null when the user is gone. */
  reviewer: string | null;
  /** What the extractor gave and what the reviewer set (the field's column; null when empty). */
  before: unknown;
  after: unknown;
}

/**
 * The corrections behind one cell of extractionCorrectionRates: requests that
 * arrived in the week starting `week` (a Monday, YYYY-MM-DD, UTC) whose
 * `field` a reviewer changed, each correction with its before and after,
 * oldest first. At most `limit` (default 100).
 */
export async function correctedExamples(
  db: Db,
  opts: { week: string; field: CorrectableField; limit?: number },
): Promise<CorrectedExample[]> {
  const col = COLUMN[opts.field];
  const rows = await db.execute<{
    request_id: string;
    ref: string;
    subject: string;
    at: string;
    reviewer: string | null;
    before: unknown;
    after: unknown;
  }>(sql`
    SELECT r.id AS request_id, r.ref, r.subject, a.at, u.name AS reviewer,
           a.data->'before'->${col} AS before, a.data->'after'->${col} AS after
    FROM refund_requests r
    JOIN audit_log a ON a.entity_type = 'request' AND a.entity_id = r.id::text
      AND a.action = 'request.field_corrected' AND a.data->>'field' = ${opts.field}
    LEFT JOIN users u ON u.id = a.actor_id
    WHERE date_trunc('week', r.created_at AT TIME ZONE 'UTC')::date = ${opts.week}::date
      AND (a.data->'before'->${col}) IS DISTINCT FROM (a.data->'after'->${col})
    ORDER BY a.at, a.id
    LIMIT ${opts.limit ?? 100}
  `);
  return rows.map((r) => ({
    requestId: r.request_id,
    ref: r.ref,
    subject: r.subject,
    at: new Date(r.at),
    reviewer: r.reviewer,
    before: r.before ?? null,
    after: r.after ?? null,
  }));
}
