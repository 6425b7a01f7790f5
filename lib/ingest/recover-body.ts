import type { ParsedMail } from "mailparser";
import {
  decodeTransferEncoding,
  decodeUnknownCharset,
  repairUtf8Mojibake,
  splitHeadAndBody,
} from "./read-raw-parts";

interface RecoveredBody {
  text: string;
  warnings: string[];
}

function headerValue(mail: ParsedMail, name: string): string {
  const v: unknown = mail.headers.get(name);
  if (typeof v === "string") return v.toLowerCase();
  if (v && typeof v === "object" && "value" in v) return String(v.value).toLowerCase();
  return "";
}

/** Body text of a multipart mail whose boundaries do not match: drop MIME scaffolding, keep the words. */
function salvageMultipart(raw: Buffer): string {
  const { body } = splitHeadAndBody(raw);
  const decoded = decodeUnknownCharset(body).text;
  const kept: string[] = [];
  let inPartHeaders = false;
  for (const line of decoded.split(/\r?\n/)) {
    if (/^--\S+/.test(line)) {
      inPartHeaders = true;
      continue;
    }
    if (inPartHeaders && /^[\w-]+:\s|^\s+\S/.test(line)) continue;
    inPartHeaders = false;
    kept.push(line);
  }
  return kept.join("\n").trim();
}

/**
 * mailparser trusts the labels; customers' mail clients do not always tell
 * the truth. Recover the text when the label was wrong (U+FFFD or mojibake)
 * or the MIME boundaries are broken, and say so in `warnings`.
 */
export function recoverBody(mail: ParsedMail, raw: Buffer, text: string): RecoveredBody {
  const contentType = headerValue(mail, "content-type") || "text/plain";
  const hasHtml = typeof mail.html === "string" && mail.html.length > 0;
  const hasParts = (mail.attachments ?? []).length > 0;

  if (contentType.startsWith("multipart/") && !text.trim() && !hasHtml && !hasParts) {
    const salvaged = salvageMultipart(raw);
    if (salvaged)
      return { text: salvaged, warnings: ["broken MIME structure: body recovered as plain text"] };
  }
  if (contentType.startsWith("text/plain") && text.includes("\uFFFD")) {
    const { body } = splitHeadAndBody(raw);
    const bytes = decodeTransferEncoding(body, headerValue(mail, "content-transfer-encoding"));
    const guess = decodeUnknownCharset(bytes);
    if (!guess.text.includes("\uFFFD")) {
      return {
        text: guess.text,
        warnings: [`charset label did not match the bytes; decoded as ${guess.charset}`],
      };
    }
  }
  const repaired = repairUtf8Mojibake(text);
  if (repaired !== null)
    return { text: repaired, warnings: ["UTF-8 text labelled as windows-1251; repaired"] };
  return { text, warnings: [] };
}
