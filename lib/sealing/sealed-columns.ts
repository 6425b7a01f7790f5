/**
 * Every column that holds sealed values (lib/ingest/secret-box.ts), by table: what `keys:rotate`
 * re-seals, and what the plaintext scan leaves out (a sealed value is ciphertext). A new sealed
 * column is added here, or it is neither rotated nor exempt from the scan.
 */
export const SEALED_COLUMNS = {
  refund_requests: { text: ["payment_detail_sealed"], bytes: [] },
  payouts: { text: ["alternative_details_sealed"], bytes: [] },
  inbound_emails: { text: [], bytes: ["raw_sealed", "body_text_sealed", "body_html_sealed"] },
  email_attachments: { text: [], bytes: ["content_sealed"] },
} as const satisfies Record<string, { text: readonly string[]; bytes: readonly string[] }>;

export type SealedTable = keyof typeof SEALED_COLUMNS;

export const SEALED_TABLES = Object.keys(SEALED_COLUMNS) as SealedTable[];

/** Whether table.column holds sealed values. */
export function isSealedColumn(table: string, column: string): boolean {
  const t = SEALED_COLUMNS[table as SealedTable];
  return !!t && ([...t.text, ...t.bytes] as string[]).includes(column);
}
