export type EmailParts = {
  from: { name: string; address: string };
  to: string;
  subject: string;
  /** When the customer's client sent it. */
  date: Date;
  /** The sender's UTC offset in minutes, as their mail client would write it (Moscow: 180). */
  utcOffsetMinutes: number;
  /** Message-ID without angle brackets. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  body: string;
  encoding: "8bit" | "quoted-printable";
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** A single-part text/plain RFC 5322 message with CRLF line ends, as a mailbox would store it. */
export function buildEmail(p: EmailParts): Buffer {
  const headers = [
    `From: ${formatAddress(p.from.name, p.from.address)}`,
    `To: ${p.to}`,
    `Subject: ${encodeHeader(p.subject)}`,
    `Date: ${formatDate(p.date, p.utcOffsetMinutes)}`,
    `Message-ID: <${p.messageId}>`,
    ...(p.inReplyTo ? [`In-Reply-To: <${p.inReplyTo}>`] : []),
    ...(p.references?.length ? [`References: ${p.references.map((r) => `<${r}>`).join(" ")}`] : []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Transfer-Encoding: ${p.encoding}`,
  ];
  const text = p.body.replace(/\r?\n/g, "\n").replace(/\n*$/, "\n");
  const body =
    p.encoding === "quoted-printable"
      ? text.split("\n").map(encodeQuotedPrintableLine).join("\r\n")
      : text.replace(/\n/g, "\r\n");
  return Buffer.from(`${headers.join("\r\n")}\r\n\r\n${body}`, "utf8");
}

/** RFC 5322 date in the sender's zone, e.g. "Tue, 3 Mar 2026 10:15:00 +0300". */
export function formatDate(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${time} ${zone}`;
}

function formatAddress(name: string, address: string): string {
  if (!name) return address;
  if (/[^\x20-\x7e]/.test(name)) return `${encodeHeader(name)} <${address}>`;
  return `"${name.replace(/["\\]/g, "\\$&")}" <${address}>`;
}

/** RFC 2047 B-encoding for non-ASCII text, split so no encoded word exceeds 75 characters. */
export function encodeHeader(value: string): string {
  if (!/[^\x20-\x7e]/.test(value)) return value;
  const words: string[] = [];
  let chunk = "";
  for (const ch of value) {
    // 45 bytes of UTF-8 become 60 base64 characters, plus 12 for "=?UTF-8?B?" and "?=".
    if (Buffer.byteLength(chunk + ch, "utf8") > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join("\r\n ");
}

/**
 * RFC 2045 quoted-printable for one line of text, with soft breaks keeping
 * lines under 76 characters; a character's bytes never straddle a soft break.
 */
export function encodeQuotedPrintableLine(line: string): string {
  const chars = [...line];
  let out = "";
  let current = "";
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0) ?? 0;
    // Trailing spaces would be stripped in transit, so they are encoded too.
    const literal =
      (code >= 33 && code <= 126 && code !== 61) ||
      ((code === 32 || code === 9) && i < chars.length - 1);
    const token = literal
      ? ch
      : [...Buffer.from(ch, "utf8")]
          .map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`)
          .join("");
    if (current.length + token.length > 75) {
      out += `${current}=\r\n`;
      current = "";
    }
    current += token;
  });
  return out + current;
}
