import { createHash } from "node:crypto";
import type { AddressObject, Attachment, ParsedMail } from "mailparser";
import {
  HEADERS_OF_INTEREST,
  type EmailAddress,
  type HeaderOfInterest,
  type ParsedAttachment,
} from "./parsed-email-types";

export function sha256Hex(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** "<abc@host>" → "abc@host"; a header may carry several ids separated by spaces. */
export function normaliseMessageIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return list
    .flatMap((v) => String(v).match(/<[^<>\s]+>|[^\s<>,]+/g) ?? [])
    .map((id) => id.replace(/^<|>$/g, "").trim())
    .filter((id) => id.length > 0);
}

export function mapAddresses(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  const out: EmailAddress[] = [];
  for (const obj of objects) {
    for (const entry of obj.value ?? []) {
      // Groups ("undisclosed-recipients:;") nest their members one level down.
      const members = entry.group ?? [entry];
      for (const m of members) {
        const address = (m.address ?? "").trim().toLowerCase();
        if (address) out.push({ address, name: (m.name ?? "").trim() });
      }
    }
  }
  return out;
}

export function mapAttachment(att: Attachment): ParsedAttachment {
  const content = Buffer.isBuffer(att.content) ? att.content : Buffer.from(att.content ?? "");
  const mapped: ParsedAttachment = {
    filename: att.filename ?? null,
    contentType: (att.contentType || "application/octet-stream").toLowerCase(),
    size: content.length,
    sha256: sha256Hex(content),
    content,
  };
  if (att.cid) mapped.contentId = att.cid.replace(/^<|>$/g, "");
  return mapped;
}

/** Raw, unfolded header values (first occurrence), so quarantine rules see what was sent. */
export function pickHeaders(mail: ParsedMail): Partial<Record<HeaderOfInterest, string>> {
  const out: Partial<Record<HeaderOfInterest, string>> = {};
  for (const { key, line } of mail.headerLines ?? []) {
    const k = HEADERS_OF_INTEREST.find((h) => h === key.toLowerCase());
    if (k === undefined || out[k] !== undefined) continue;
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    out[k] = value.slice(0, 2000);
  }
  return out;
}

export function mapDate(mail: ParsedMail): string | null {
  // mailparser may invent a date; only trust one that came from a Date header.
  if (!mail.headers.has("date") || !(mail.date instanceof Date)) return null;
  return Number.isNaN(mail.date.getTime()) ? null : mail.date.toISOString();
}

const KNOWN_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "received",
  "return-path",
  "reply-to",
  "sender",
  "in-reply-to",
  "references",
  "delivered-to",
]);

/** Mail with none of the standard headers is not a mail (binary data, a bare text file). */
export function countKnownHeaders(mail: ParsedMail): number {
  return (mail.headerLines ?? []).filter((h) => KNOWN_HEADERS.has(h.key.toLowerCase())).length;
}
