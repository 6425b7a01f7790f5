import { sql } from "drizzle-orm";
import type { Db } from "../client";

export type TimelineKind =
  | "email_in"
  | "extraction"
  | "evaluation"
  | "audit"
  | "decision"
  | "reopening"
  | "reply"
  | "payout"
  | "ledger";

/** One thing that happened to a request: when, who (a person) or which job, what. */
export type TimelineItem = {
  at: Date;
  kind: TimelineKind;
  actor: string | null;
  job: string | null;
  title: string;
  /** Before → after, clauses, amounts: the evidence in a line. */
  detail: string | null;
  /** The amount the item moved or decided, in minor units of `currency` (formatted by the page). */
  amountMinor: number | null;
  currency: string | null;
  /** Structured extras (audit data, ledger lines) for the describer. */
  data: Record<string, unknown> | null;
};

/**
 * The request's whole story in one query (a UNION ALL over every source,
 * each served by its request index), oldest first: emails in and out, the
 * extraction, policy evaluations (engine version and calendar), audited
 * actions (field corrections with before → after, assignments and
 * take-overs, relinks, replies received), decisions with their justification,
 * reopenings, payout state changes and ledger postings.
 */
export async function getRequestTimeline(db: Db, requestId: string): Promise<TimelineItem[]> {
  const id = sql`${requestId}::uuid`;
  const rows = await db.execute<Record<string, unknown>>(sql`
    SELECT at, kind, actor, job, title, detail, amount::float8 AS amount, currency, data FROM (
      SELECT e.received_at AS at, 'email_in' AS kind, NULL AS actor, e.channel::text AS job,
        'Email received from ' || coalesce(e.from_address, 'unknown sender') AS title, e.subject AS detail,
        NULL::bigint AS amount, NULL::text AS currency, NULL::jsonb AS data, 1 AS o
      FROM inbound_emails e WHERE e.request_id = ${id}
      UNION ALL
      SELECT e.received_at, 'extraction', NULL, 'extraction', 'Fields extracted from the email',
        concat_ws(' · ', 'claim ' || coalesce(e.extraction->'claim'->>'value', 'not recognised'),
          'amount asked ' || (e.extraction->'amount'->'value'->>'minor') || ' ' || (e.extraction->'amount'->'value'->>'currency') || ' (minor units)',
          CASE WHEN jsonb_array_length(e.extraction->'missing') > 0 THEN 'missing ' || (e.extraction->'missing')::text END),
        NULL, NULL, NULL, 2
      FROM inbound_emails e WHERE e.request_id = ${id} AND e.extraction IS NOT NULL
      UNION ALL
      SELECT p.evaluated_at, 'evaluation', NULL, 'policy engine',
        'Policy evaluated: ' || replace(p.result->>'outcome', '_', ' '),
        'engine ' || p.engine_version || ' · calendar ' || (p.calendar->>'timeZone') || ', weekend ' || (p.calendar->'weekendDays')::text
          || ', ' || jsonb_array_length(p.calendar->'holidays') || ' holidays · ' || coalesce(array_to_string(ARRAY(SELECT jsonb_array_elements_text(p.result->'clauses')), ', '), ''),
        (p.result->>'amountMinor')::bigint, p.input->'order'->>'currency', NULL, 3
      FROM policy_evaluations p WHERE p.request_id = ${id}
      UNION ALL
      SELECT a.at, 'audit', u.name, a.data->>'job', a.action, NULL, NULL, NULL, a.data, 4
      FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
      WHERE a.entity_type = 'request' AND a.entity_id = ${requestId}
        AND a.action NOT IN ('decision.recorded', 'decision.reopened')
      UNION ALL
      SELECT d.created_at, 'decision', u.name, NULL,
        'Decision: ' || replace(d.kind::text, '_', ' ')
          || CASE WHEN d.destination IS NULL THEN '' ELSE ' to ' || d.destination::text END
          || CASE WHEN d.override THEN ' (override)' ELSE '' END,
        concat_ws(' · ', CASE WHEN cardinality(d.clauses) = 0 THEN 'no clause: manager''s discretion' ELSE array_to_string(d.clauses, ', ') END,
          'policy recommended ' || d.rec_outcome::text, 'note: ' || d.note, 'justification: ' || d.justification),
        d.amount_minor, d.currency::text, NULL, 5
      FROM decisions d JOIN users u ON u.id = d.decided_by WHERE d.request_id = ${id}
      UNION ALL
      SELECT o.created_at, 'reopening', u.name, NULL, 'Decision reopened', 'reason: ' || o.reason, NULL, NULL, NULL, 6
      FROM decision_reopenings o JOIN users u ON u.id = o.reopened_by WHERE o.request_id = ${id}
      UNION ALL
      SELECT coalesce(m.sent_at, m.created_at), 'reply', u.name, CASE WHEN m.created_by IS NULL THEN 'reply sender' END,
        'Reply ' || CASE m.state::text WHEN 'sent' THEN 'sent' WHEN 'draft' THEN 'drafted' WHEN 'queued' THEN 'queued'
          ELSE m.state::text END || ' to ' || m.to_address,
        m.subject || CASE WHEN m.error IS NULL THEN '' ELSE ' · ' || m.error END, NULL, NULL, NULL, 7
      FROM outbound_emails m LEFT JOIN users u ON u.id = m.created_by WHERE m.request_id = ${id}
      UNION ALL
      SELECT ev.at, 'payout', u.name, ev.actor_job,
        'Payout ' || p.destination::text || ': ' || coalesce(ev.from_state::text, 'new') || ' → ' || ev.to_state::text,
        ev.note, p.amount_minor, p.currency::text, ev.data, 8
      FROM payout_events ev JOIN payouts p ON p.id = ev.payout_id LEFT JOIN users u ON u.id = ev.actor_id
      WHERE p.request_id = ${id}
      UNION ALL
      SELECT t.created_at, 'ledger', u.name, t.actor_job, 'Ledger: ' || t.description, t.kind::text, NULL, NULL,
        jsonb_build_object('lines', (SELECT jsonb_agg(jsonb_build_object('account', ac.kind, 'amountMinor', le.amount_minor,
            'currency', le.currency) ORDER BY le.id)
          FROM ledger_entries le JOIN ledger_accounts ac ON ac.id = le.account_id WHERE le.transaction_id = t.id)), 9
      FROM ledger_transactions t LEFT JOIN users u ON u.id = t.actor_id WHERE t.request_id = ${id}
    ) story
    ORDER BY at, o`);
  return rows.map((r) => ({
    at: new Date(String(r.at)),
    kind: r.kind as TimelineKind,
    actor: (r.actor as string | null) ?? null,
    job: (r.job as string | null) ?? null,
    title: String(r.title),
    detail: (r.detail as string | null) ?? null,
    amountMinor: r.amount === null || r.amount === undefined ? null : Number(r.amount),
    currency: (r.currency as string | null) ?? null,
    data: (r.data as Record<string, unknown> | null) ?? null,
  }));
}
