/**
 * Builds RFC 5322 messages for tests and the ingest benchmark: plain text,
 * CRLF line endings, headers only when given (so a test can leave out
 * Message-ID or From on purpose).
 */
export type EmlOptions = {
  /** "Name <addr>" or a bare address; null leaves the header out. */
  from?: string | null;
  to?: string;
  subject?: string;
  /** Without angle brackets; null leaves the header out. */
  messageId?: string | null;
  inReplyTo?: string;
  references?: string[];
  date?: Date;
  body: string;
  /** Extra headers, written as given. */
  headers?: Record<string, string>;
  /** Makes it multipart/mixed with these base64 attachments. */
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
};

export function buildEml(o: EmlOptions): Buffer {
  const lines: string[] = [];
  if (o.from !== null) lines.push(`From: ${o.from ?? "Test Customer <customer@example.com>"}`);
  lines.push(`To: ${o.to ?? "Refunds <refunds@refund-desk.test>"}`);
  lines.push(`Subject: ${o.subject ?? "Refund request"}`);
  lines.push(`Date: ${(o.date ?? new Date("2026-03-02T10:00:00Z")).toUTCString()}`);
  if (o.messageId !== null && o.messageId !== undefined) lines.push(`Message-ID: <${o.messageId}>`);
  if (o.inReplyTo) lines.push(`In-Reply-To: <${o.inReplyTo}>`);
  if (o.references?.length)
    lines.push(`References: ${o.references.map((r) => `<${r}>`).join(" ")}`);
  for (const [k, v] of Object.entries(o.headers ?? {})) lines.push(`${k}: ${v}`);
  const body = o.body.replace(/\r?\n/g, "\r\n");
  if (!o.attachments?.length) {
    lines.push(
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
    );
    return Buffer.from(`${lines.join("\r\n")}\r\n${body}\r\n`, "utf8");
  }
  const b = "=_rd_test_boundary";
  lines.push("MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="${b}"`, "");
  const parts = [
    `--${b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
  ];
  for (const a of o.attachments) {
    const b64 = a.content.toString("base64").replace(/.{1,76}/g, "$&\r\n");
    parts.push(
      `--${b}\r\nContent-Type: ${a.contentType}; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}`,
    );
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n${parts.join("")}--${b}--\r\n`, "utf8");
}

/** A complete request: service, amount, reason and a card number (Luhn-valid test card). */
export const COMPLETE_BODY = [
  "Hello,",
  "",
  "My rented number +44 7911 123456 (order ORD-104233) has not worked for 3 days now, no calls or SMS come through.",
  "I paid $12.50 for this month. Please refund to my card 4242 4242 4242 4242.",
  "",
  "Best regards,",
  "Anna",
].join("\n");
