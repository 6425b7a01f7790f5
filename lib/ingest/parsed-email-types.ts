/** What the parser makes of one raw email, before anything is extracted from it. */
/** Why a message is kept out of the request flow. Stored beside the raw bytes. */
export const QUARANTINE_REASONS = [
  "empty",
  "too_large",
  "unparseable",
  "no_sender",
  "auto_reply",
  "bounce",
  /** An abuse / feedback report (ARF): a mailbox provider telling us a recipient marked our mail as spam. */
  "feedback_report",
  "loop",
] as const;
export type QuarantineReason = (typeof QUARANTINE_REASONS)[number];

export interface Quarantine {
  reason: QuarantineReason;
  /** Human-readable explanation for the reviewer; never shown to the customer. */
  detail: string;
}

export interface EmailAddress {
  /** Lower-cased address, e.g. "anna@example.com". */
  address: string;
  /** Display name as written, or "". */
  name: string;
}

export interface ParsedAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  /** Content-ID without angle brackets, for inline images. */
  contentId?: string;
  sha256: string;
  content: Buffer;
}

/** A message/rfc822 part (a forwarded mail attached as a file), parsed one level down. */
export interface ForwardedEmail {
  from: EmailAddress | null;
  subject: string;
  date: string | null;
  text: string;
}

/** Header names kept verbatim because quarantine and threading decisions depend on them. */
export const HEADERS_OF_INTEREST = [
  "auto-submitted",
  "precedence",
  "x-autoreply",
  "x-autorespond",
  "x-auto-response-suppress",
  "return-path",
  "list-id",
  "list-unsubscribe",
  "content-type",
  "reply-to",
  "x-failed-recipients",
  "x-refund-desk-loop",
] as const;
export type HeaderOfInterest = (typeof HEADERS_OF_INTEREST)[number];

export interface ParsedEmail {
  /** Message-ID without angle brackets; null if missing. */
  messageId: string | null;
  /** First id of In-Reply-To, without angle brackets. */
  inReplyTo: string | null;
  references: string[];
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** "" when the header is missing. */
  subject: string;
  /** ISO 8601, or null when missing or unreadable. */
  date: string | null;
  /** Plain-text body; derived from the HTML (scripts and styles dropped) when the mail is HTML-only. */
  text: string;
  /** Raw HTML as sent, or null. Never rendered live by the app. */
  html: string | null;
  attachments: ParsedAttachment[];
  /** Mails attached as message/rfc822 (forward as attachment). Inline forwards stay in `text`. */
  forwarded: ForwardedEmail[];
  /** Unfolded raw values of HEADERS_OF_INTEREST (lower-case keys), first occurrence only. */
  headers: Partial<Record<HeaderOfInterest, string>>;
  sizeBytes: number;
  /** Hex SHA-256 of the raw bytes: the dedupe key for the stored original. */
  sha256: string;
  /** Non-fatal oddities met while parsing (e.g. broken MIME recovered). */
  warnings: string[];
  quarantine: Quarantine | null;
}
