/**
 * The pure half of email ingestion: bytes → ParsedEmail → Extraction.
 * No database, no network; the pipeline stores the raw bytes first and
 * then calls these.
 */
export { parseEmail, DEFAULT_MAX_BYTES, type ParseEmailOptions } from "./parse-email";
export { detectQuarantine, type DetectQuarantineOptions } from "./detect-quarantine";
export { extractRequest, type ExtractRequestOptions } from "./extract-request";
export { buildBodyText } from "./build-body-text";
export { maskPaymentDetail } from "./mask-payment-detail";
export { sealString, openString, sealBuffer, openBuffer, parseEncryptionKey } from "./secret-box";
export { parseKeyring, derivedKeyId } from "./keyring";
export { runDryRun, type DryRunResult, type DryRunOptions } from "./run-dry-run";
export {
  QUARANTINE_REASONS,
  HEADERS_OF_INTEREST,
  type EmailAddress,
  type ForwardedEmail,
  type HeaderOfInterest,
  type ParsedAttachment,
  type ParsedEmail,
  type Quarantine,
  type QuarantineReason,
} from "./parsed-email-types";
export {
  type Extraction,
  type Field,
  type Found,
  type Money,
  type PaymentDetail,
  type Span,
} from "./extraction-types";
