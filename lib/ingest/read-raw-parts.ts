import iconv from "iconv-lite";
import libqp from "libqp";

/**
 * Byte-level helpers for the cases where mailparser's tree is not enough:
 * reading headers of an over-size mail without parsing its body, and
 * recovering the body of a single-part mail whose charset label lies.
 */

/** Splits raw bytes at the first blank line. No blank line → all header. */
export function splitHeadAndBody(raw: Buffer): { head: Buffer; body: Buffer } {
  const crlf = raw.indexOf("\r\n\r\n");
  const lf = raw.indexOf("\n\n");
  // [where the blank line starts, its length], earliest first.
  const candidates: [number, number][] = [
    [crlf, 4],
    [lf, 2],
  ];
  const [first] = candidates.filter(([at]) => at >= 0).sort((a, b) => a[0] - b[0]);
  if (!first) return { head: raw, body: Buffer.alloc(0) };
  const [at, len] = first;
  return { head: raw.subarray(0, at), body: raw.subarray(at + len) };
}

/** Undoes Content-Transfer-Encoding (libqp for quoted-printable); unknown encodings pass through as-is. */
export function decodeTransferEncoding(body: Buffer, encoding: string): Buffer {
  const enc = encoding.trim().toLowerCase();
  if (enc === "base64")
    return Buffer.from(body.toString("latin1").replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  if (enc !== "quoted-printable") return body;
  return libqp.decode(body.toString("latin1"));
}

// Letters that dominate Russian text; the right 8-bit charset produces many of them.
const FREQUENT_RU = new Set("оеаинтсрвлкмдпуяОЕАИНТСРВЛКМДПУЯ");

function decodeWith(bytes: Buffer, label: string): string | null {
  // Strict UTF-8 must fail on a bad byte, which only TextDecoder's fatal mode says; iconv-lite
  // decodes the 8-bit charsets.
  if (label !== "utf-8") return iconv.decode(bytes, label);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Guesses the real charset of a text body whose label produced U+FFFD:
 * strict UTF-8 first, then the Cyrillic 8-bit charsets scored by letter
 * frequency, then windows-1252 as the last resort (never fails).
 */
export function decodeUnknownCharset(bytes: Buffer): { text: string; charset: string } {
  const utf8 = decodeWith(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, charset: "utf-8" };
  let best: { text: string; charset: string; score: number } | null = null;
  for (const charset of ["windows-1251", "koi8-r", "iso-8859-5"]) {
    const text = decodeWith(bytes, charset);
    if (text === null) continue;
    const score = [...text].filter((ch) => FREQUENT_RU.has(ch)).length / Math.max(1, text.length);
    if (!best || score > best.score) best = { text, charset, score };
  }
  if (best && best.score > 0.15) return { text: best.text, charset: best.charset };
  return {
    text: decodeWith(bytes, "windows-1252") ?? bytes.toString("latin1"),
    charset: "windows-1252",
  };
}

/**
 * Repairs UTF-8 that was decoded as windows-1251 ("РџСЂРёРІРµС‚" for "Привет"),
 * the classic result of a wrong `charset=windows-1251` label on UTF-8 bytes.
 */
export function repairUtf8Mojibake(text: string): string | null {
  if (!/(?:[РС][\u0400-\u045F\u0080-\u00BF\u2018-\u203A]){3,}/.test(text)) return null;
  // Characters windows-1251 cannot encode come out as "?": then this was not mojibake.
  const bytes = iconv.encode(text, "windows-1251");
  if (bytes.includes(0x3f) && !text.includes("?")) return null;
  return decodeWith(bytes, "utf-8");
}
