import type { ParsedEmail } from "./parsed-email-types";

// A forward keeps the customer's earlier words, so it is read, not stripped.
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:Forwarded message|Original forwarded message|Пересылаемое сообщение|Пересланное сообщение)\s*-{2,}|Begin forwarded message:|-{2,}\s*Forwarded by)/im;
// Thunderbird forwards under "Original Message", the marker other clients quote a reply under:
// with a "Fwd:" subject it is a forward.
const FORWARD_MARKER_IN_FWD =
  /^\s*(?:-{2,}\s*(?:Forwarded message|Original forwarded message|Original Message|Исходное сообщение|Пересылаемое сообщение|Пересланное сообщение)\s*-{2,}|Begin forwarded message:|-{2,}\s*Forwarded by)/im;
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw):\s*)*(?:fwd?|fw|пересл\p{L}*|тв)\s*:/iu;

// Where the quoted earlier mail of a reply begins; everything from here on is dropped.
const QUOTE_HEADERS: RegExp[] = [
  /^On .{4,200}(?:\n.{0,200})?wrote:\s*$/m,
  /^-{2,}\s*Original Message\s*-{2,}/im,
  /^-{2,}\s*Исходное сообщение\s*-{2,}/im,
  /^.{0,200}(?:пишет|написал\(а\)|написал|написала):\s*$/m,
  /^From:\s.+\n(?:.+\n){0,3}?(?:Sent|Date):\s.+/m,
  /^От:\s.+\n(?:.+\n){0,3}?(?:Отправлено|Дата):\s.+/m,
];

// Where a signature begins for sure.
const SIGNATURE_DELIMITER: RegExp[] = [
  /^-- ?$/m,
  /^(?:Sent from my \w+|Sent from (?:Mail|Outlook|Yahoo Mail)|Отправлено с (?:iPhone|моего \S+|мобильного)).*$/im,
];
// A sign-off line; customers often put payment details under their name, so
// the tail is dropped only when it is short and carries none.
const SIGN_OFF =
  /^(?:Best regards|Kind regards|Regards|Best|Thanks(?: in advance)?|Thank you|Cheers|Sincerely|Many thanks|С уважением|Спасибо(?: заранее)?|Заранее спасибо|Всего доброго)\s*[,!.]?\s*$/im;
const PAYMENT_HINT =
  /card|iban|paypal|swift|bic|wallet|btc|usdt|eth|bank|account|карт|сч[её]т|кошел|бик|банк|\d{4}[ -]?\d{4}[ -]?\d{4}/i;

function cutSignOff(text: string): string {
  const m = SIGN_OFF.exec(text);
  if (!m) return text;
  const tail = text.slice(m.index);
  const lines = tail.split("\n").filter((l) => l.trim()).length;
  return lines <= 6 && !PAYMENT_HINT.test(tail) ? text.slice(0, m.index) : text;
}

function cutAtFirst(text: string, patterns: RegExp[]): string {
  let cut = text.length;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && m.index < cut) cut = m.index;
  }
  return text.slice(0, cut);
}

interface Cleaned {
  /** The customer's own words: no "> quoted" lines, no quoted reply, no signature. */
  text: string;
  /** The signature cut from them (a name, a phone), for the phone numbers only. */
  signature: string;
}

function cleanSegmentParts(segment: string): Cleaned {
  const unquoted = segment
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n");
  const beforeQuote = cutAtFirst(unquoted, QUOTE_HEADERS);
  const own = cutSignOff(cutAtFirst(beforeQuote, SIGNATURE_DELIMITER));
  return {
    text: own.replace(/\n{3,}/g, "\n\n").trim(),
    signature: beforeQuote.slice(own.length).trim(),
  };
}

function cleanSegment(segment: string): string {
  return cleanSegmentParts(segment).text;
}

/** Splits at forward markers; each segment (own text, then each forward) is cleaned on its own. */
function cleanText(text: string, subject: string): { parts: string[]; signature: string } {
  const parts: string[] = [];
  let signature = "";
  const marker = FORWARD_SUBJECT.test(subject) ? FORWARD_MARKER_IN_FWD : FORWARD_MARKER;
  let rest = text.replace(/\r\n?/g, "\n").replace(/\u00A0/g, " ");
  for (;;) {
    const m = marker.exec(rest.slice(1));
    const at = m ? m.index + 1 : -1;
    const head = at >= 0 ? rest.slice(0, at) : rest;
    if (parts.length === 0) {
      const own = cleanSegmentParts(head);
      parts.push(own.text);
      signature = own.signature;
    } else {
      // The forward's own header lines (From:/Date:/Subject:) are not a quoted reply.
      parts.push(cleanForward(head));
    }
    if (at < 0) break;
    rest = rest.slice(at);
  }
  return { parts, signature };
}

function cleanForward(segment: string): string {
  const lines = segment.split("\n");
  let i = 1;
  while (
    i < lines.length &&
    /^\s*(?:[\w-]+|От|Дата|Тема|Кому):\s|^\s*$/.test(lines[i] ?? "") &&
    i < 8
  )
    i++;
  const headerBlock = lines.slice(0, i).join("\n").trimEnd();
  return `${headerBlock}\n${cleanSegment(lines.slice(i).join("\n"))}`.trim();
}

export interface BodyParts {
  /** The text the extractor reads; spans in the Extraction point into it. */
  bodyText: string;
  /** Where the customer's own new words end in bodyText (forwarded mail follows). */
  ownEnd: number;
  /** The signature under the customer's own words, not part of bodyText. */
  signature: string;
}

/**
 * The text the extractor reads: the mail's own words, then any forwarded
 * mail (inline or attached). With a "Fwd:" subject, an "Original Message"
 * block is a forward too. Also where the own words end and their signature.
 */
export function buildBodyParts(
  parsed: Pick<ParsedEmail, "text" | "forwarded"> & { subject?: string },
): BodyParts {
  const cleaned = cleanText(parsed.text, parsed.subject ?? "");
  const own = cleaned.parts[0] ?? "";
  const parts = [...cleaned.parts];
  for (const fwd of parsed.forwarded) {
    const header = [
      "---------- Forwarded message ----------",
      fwd.from ? `From: ${fwd.from.address}` : null,
      fwd.subject ? `Subject: ${fwd.subject}` : null,
    ]
      .filter((l): l is string => l !== null)
      .join("\n");
    parts.push(`${header}\n\n${cleanSegment(fwd.text.replace(/\r\n?/g, "\n"))}`);
  }
  return {
    bodyText: parts.filter((p) => p.trim().length > 0).join("\n\n"),
    ownEnd: own.trim().length > 0 ? own.length : 0,
    signature: cleaned.signature,
  };
}

/** The text the extractor reads (see buildBodyParts). */
export function buildBodyText(
  parsed: Pick<ParsedEmail, "text" | "forwarded"> & { subject?: string },
): string {
  return buildBodyParts(parsed).bodyText;
}
