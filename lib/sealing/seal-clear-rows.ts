import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { maskPaymentDetailsInHtml } from "@/lib/ingest/mask-html";
import { maskPaymentDetailsIn, secretsIn } from "@/lib/ingest/redact-payment-details";
import { sealBuffer, type Keyring } from "@/lib/ingest/secret-box";

/**
 * Rows stored before sealing (migration 0021) hold the message, its bodies and attachments in
 * the clear, and may hold full payment details in other text too (the subject, the request's
 * reason sentence, an error message). A migration has no key, so this step seals them: run by
 * `npm start` after the migrations and by `keys:rotate`. Only rows still in the clear are read
 * (partial indexes), so on a sealed database it costs one index probe per table.
 */

type ClearEmail = {
  id: string;
  raw: Buffer;
  body_text: string | null;
  body_html: string | null;
  subject: string | null;
  last_error: string | null;
  quarantine_detail: string | null;
  request_id: string | null;
  request_subject: string | null;
  reason_text: string | null;
};

const b64 = (b: Buffer | null) => (b === null ? null : b.toString("base64"));

function sealedEmail(e: ClearEmail, ring: Keyring) {
  const secrets = secretsIn([e.body_text ?? "", e.subject ?? ""]);
  const mask = (s: string | null) => (s === null ? null : maskPaymentDetailsIn(s, secrets));
  const seal = (s: string | null) => (s === null ? null : sealBuffer(Buffer.from(s, "utf8"), ring));
  return {
    email: {
      id: e.id,
      raw_sealed: b64(sealBuffer(e.raw, ring)),
      body_text: mask(e.body_text),
      body_html: e.body_html === null ? null : maskPaymentDetailsInHtml(e.body_html, secrets),
      body_text_sealed: b64(seal(e.body_text)),
      body_html_sealed: b64(seal(e.body_html)),
      subject: mask(e.subject),
      last_error: mask(e.last_error),
      quarantine_detail: mask(e.quarantine_detail),
    },
    request: e.request_id
      ? { id: e.request_id, subject: mask(e.request_subject), reason_text: mask(e.reason_text) }
      : null,
  };
}

/** One batch of emails in the clear, sealed and masked in one transaction; returns how many. */
export async function sealClearEmails(db: Db, ring: Keyring, limit: number): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.execute<ClearEmail>(sql`
      SELECT e.id, e.raw, e.body_text, e.body_html, e.subject, e.last_error, e.quarantine_detail,
        e.request_id, r.subject AS request_subject, r.reason_text
      FROM inbound_emails e LEFT JOIN refund_requests r ON r.id = e.request_id
      WHERE e.raw IS NOT NULL ORDER BY e.id LIMIT ${limit} FOR UPDATE OF e`);
    if (rows.length === 0) return 0;
    const sealed = rows.map((e) => sealedEmail(e, ring));
    await tx.execute(sql`
      UPDATE inbound_emails AS e SET raw = NULL, raw_sealed = decode(v.raw_sealed, 'base64'),
        body_text = v.body_text, body_html = v.body_html,
        body_text_sealed = decode(v.body_text_sealed, 'base64'), body_html_sealed = decode(v.body_html_sealed, 'base64'),
        subject = v.subject, last_error = v.last_error, quarantine_detail = v.quarantine_detail
      FROM jsonb_to_recordset(${JSON.stringify(sealed.map((s) => s.email))}::jsonb) AS v(id uuid,
        raw_sealed text, body_text text, body_html text, body_text_sealed text, body_html_sealed text,
        subject text, last_error text, quarantine_detail text)
      WHERE e.id = v.id`);
    const requests = sealed.flatMap((s) => (s.request ? [s.request] : []));
    // Only what changed: a request's text holds a payment detail only where one was quoted.
    if (requests.length > 0)
      await tx.execute(sql`
        UPDATE refund_requests AS r SET subject = v.subject, reason_text = v.reason_text
        FROM jsonb_to_recordset(${JSON.stringify(requests)}::jsonb) AS v(id uuid, subject text, reason_text text)
        WHERE r.id = v.id AND (r.subject IS DISTINCT FROM v.subject OR r.reason_text IS DISTINCT FROM v.reason_text)`);
    return rows.length;
  });
}

/** One batch of attachments in the clear, sealed in one transaction; returns how many. */
export async function sealClearAttachments(db: Db, ring: Keyring, limit: number): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.execute<{ id: string; content: Buffer }>(sql`
      SELECT id, content FROM email_attachments WHERE content IS NOT NULL
      ORDER BY id LIMIT ${limit} FOR UPDATE`);
    if (rows.length === 0) return 0;
    const values = rows.map((a) => ({ id: a.id, sealed: b64(sealBuffer(a.content, ring)) }));
    await tx.execute(sql`
      UPDATE email_attachments AS a SET content = NULL, content_sealed = decode(v.sealed, 'base64')
      FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, sealed text)
      WHERE a.id = v.id`);
    return rows.length;
  });
}

/** Rows still in the clear, per table. */
export async function countClearRows(db: Db): Promise<{ emails: number; attachments: number }> {
  const [row] = await db.execute<{ emails: number; attachments: number }>(sql`
    SELECT (SELECT count(*)::int FROM inbound_emails WHERE raw IS NOT NULL) AS emails,
      (SELECT count(*)::int FROM email_attachments WHERE content IS NOT NULL) AS attachments`);
  return row ?? { emails: 0, attachments: 0 };
}
