import { simpleParser, type ParsedMail } from "mailparser";
import { detectQuarantine } from "./detect-quarantine";
import {
  countKnownHeaders,
  mapAddresses,
  mapAttachment,
  mapDate,
  normaliseMessageIds,
  pickHeaders,
  sha256Hex,
} from "./map-parsed-mail";
import { splitHeadAndBody } from "./read-raw-parts";
import { htmlToPlainText } from "./html-to-plain-text";
import { recoverBody } from "./recover-body";
import type { ForwardedEmail, ParsedEmail, Quarantine } from "./parsed-email-types";

export interface ParseEmailOptions {
  /** Larger mail is quarantined as `too_large` without parsing its body. Default 25 MB. */
  maxBytes?: number;
  /** Our own mailbox addresses; mail from them is quarantined as `loop`. */
  ownAddresses?: string[];
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
// A forward of a forward of a forward is still worth reading; deeper is abuse.
const MAX_FORWARD_DEPTH = 3;

function emptyEmail(raw: Buffer): ParsedEmail {
  return {
    messageId: null,
    inReplyTo: null,
    references: [],
    from: null,
    to: [],
    cc: [],
    subject: "",
    date: null,
    text: "",
    html: null,
    attachments: [],
    forwarded: [],
    headers: {},
    sizeBytes: raw.length,
    sha256: sha256Hex(raw),
    warnings: [],
    quarantine: null,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : "unknown parser error";
}

// Share of control bytes in the first 4 KB: mail is text, so many of them means binary data.
function looksBinary(raw: Buffer): boolean {
  const sample = raw.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  return control / Math.max(1, sample.length) > 0.1;
}

async function mapMail(mail: ParsedMail, raw: Buffer, depth: number): Promise<ParsedEmail> {
  const email = emptyEmail(raw);
  const attachments = (mail.attachments ?? []).map(mapAttachment);
  const forwarded: ForwardedEmail[] = [];
  for (const att of attachments) {
    if (att.contentType !== "message/rfc822" || depth >= MAX_FORWARD_DEPTH) continue;
    const inner = await mapMail(await simpleParser(att.content), att.content, depth + 1);
    forwarded.push(
      { from: inner.from, subject: inner.subject, date: inner.date, text: inner.text },
      ...inner.forwarded,
    );
  }
  const html = typeof mail.html === "string" ? mail.html : null;
  // mailparser derives text only for a top-level HTML part; an HTML-only alternative needs it too.
  const text =
    typeof mail.text === "string" && mail.text.trim()
      ? mail.text
      : html
        ? htmlToPlainText(html)
        : "";
  const recovered = recoverBody(mail, raw, text);
  return {
    ...email,
    messageId: normaliseMessageIds(mail.messageId)[0] ?? null,
    inReplyTo: normaliseMessageIds(mail.inReplyTo)[0] ?? null,
    references: normaliseMessageIds(mail.references),
    from: mapAddresses(mail.from)[0] ?? null,
    to: mapAddresses(mail.to),
    cc: mapAddresses(mail.cc),
    subject: (mail.subject ?? "").trim(),
    date: mapDate(mail),
    text: recovered.text.replace(/\r\n?/g, "\n"),
    html,
    attachments,
    forwarded,
    headers: pickHeaders(mail),
    warnings: recovered.warnings,
  };
}

/** Reads only the header block (first 512 KB at most), for mail too large to parse whole. */
async function parseHeadOnly(raw: Buffer): Promise<ParsedEmail> {
  const { head } = splitHeadAndBody(raw.subarray(0, 512 * 1024));
  const mail = await simpleParser(Buffer.concat([head, Buffer.from("\r\n\r\n")]));
  return {
    ...(await mapMail(mail, head, MAX_FORWARD_DEPTH)),
    sizeBytes: raw.length,
    sha256: sha256Hex(raw),
    text: "",
  };
}

/**
 * Parses raw RFC 822 bytes. Never throws: anything that cannot become a
 * refund request comes back with `quarantine` set, so the raw bytes can be
 * kept and looked at by a person.
 */
export async function parseEmail(raw: Buffer, opts: ParseEmailOptions = {}): Promise<ParsedEmail> {
  const quarantined = (email: ParsedEmail, quarantine: Quarantine): ParsedEmail => ({
    ...email,
    quarantine,
  });
  let base: ParsedEmail;
  try {
    base = emptyEmail(raw);
  } catch (error) {
    return {
      ...emptyEmail(Buffer.alloc(0)),
      quarantine: { reason: "unparseable", detail: describe(error) },
    };
  }
  try {
    if (raw.length === 0 || raw.toString("latin1").trim() === "")
      return quarantined(base, { reason: "empty", detail: "no bytes" });
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (raw.length > maxBytes) {
      const head = await parseHeadOnly(raw).catch(() => base);
      return quarantined(head, {
        reason: "too_large",
        detail: `${raw.length} bytes > limit ${maxBytes}`,
      });
    }
    if (looksBinary(raw))
      return quarantined(base, { reason: "unparseable", detail: "binary data, not a mail" });
    let mail: ParsedMail;
    try {
      mail = await simpleParser(raw, { skipImageLinks: true });
    } catch (error) {
      return quarantined(base, { reason: "unparseable", detail: describe(error) });
    }
    if (countKnownHeaders(mail) === 0)
      return quarantined(base, { reason: "unparseable", detail: "no mail headers found" });
    const email = await mapMail(mail, raw, 0);
    return { ...email, quarantine: detectQuarantine(email, opts) };
  } catch (error) {
    return quarantined(base, { reason: "unparseable", detail: describe(error) });
  }
}
