import { maskKeepingLength, maskPaymentDetailsIn, secretsIn } from "./redact-payment-details";

/**
 * An email's HTML as it may be stored in the clear and served: payment details masked, the
 * markup untouched. A number is found as a reader sees it, through entities ("&nbsp;",
 * "&#52;") and inline tags ("<b>4111</b> 1111…"), and each of its letters and digits is
 * masked where it was written; block tags separate words, so table cells never join into one
 * number. Attributes, comments and the given secrets (what the text part held) are masked too.
 */

const TOKEN = /<!--[\s\S]*?-->|<[^<>]*>|[^<]+|</g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"' };
// Tags that do not break a word: text either side reads as one line.
const INLINE = new Set(
  "a abbr b bdi bdo big code em font i kbd mark q s samp small span strike strong sub sup tt u wbr".split(
    " ",
  ),
);

type Readable = {
  /** The text as read: entities decoded, a newline for each block tag. */
  text: string;
  /** For each character of text, where it was written in the HTML (null: a tag's newline). */
  from: Array<{ start: number; end: number } | null>;
};

function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1).toLowerCase();
  const code = body.startsWith("#x")
    ? parseInt(body.slice(2), 16)
    : body.startsWith("#")
      ? parseInt(body.slice(1), 10)
      : null;
  if (code === null) return NAMED[body] ?? null;
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

function readable(html: string): Readable {
  let text = "";
  const from: Readable["from"] = [];
  const put = (s: string, start: number, end: number | null) => {
    text += s;
    for (let i = 0; i < s.length; i++) from.push(end === null ? null : { start, end });
  };
  for (const token of html.matchAll(TOKEN)) {
    const at = token.index;
    const t = token[0];
    if (t.startsWith("<") && t.length > 1) {
      const name = /^<\/?([a-z0-9]+)/i.exec(t)?.[1]?.toLowerCase() ?? "";
      if (!INLINE.has(name)) put("\n", at, null);
      continue;
    }
    let last = 0;
    for (const e of t.matchAll(ENTITY)) {
      const decoded = decodeEntity(e[0]);
      if (decoded === null) continue;
      for (let i = last; i < e.index; i++) put(t[i]!, at + i, at + i + 1);
      put(decoded, at + e.index, at + e.index + e[0].length);
      last = e.index + e[0].length;
    }
    for (let i = last; i < t.length; i++) put(t[i]!, at + i, at + i + 1);
  }
  return { text, from };
}

/** Where in the HTML a character is masked: the places of the read text's masked characters. */
function maskedPlaces(r: Readable, secrets: string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const s of secretsIn([r.text], secrets))
    for (let i = r.text.indexOf(s); i >= 0; i = r.text.indexOf(s, i + s.length))
      spans.push({ start: i, end: i + s.length });
  const places = new Map<number, { start: number; end: number }>();
  for (const { start, end } of spans) {
    const before = r.text.slice(start, end);
    const after = maskKeepingLength(before);
    for (let i = 0; i < before.length; i++) {
      const place = r.from[start + i];
      if (after[i] !== before[i] && place) places.set(place.start, place);
    }
  }
  return [...places.values()].sort((a, b) => a.start - b.start);
}

export function maskPaymentDetailsInHtml(html: string, secrets: string[]): string {
  let out = "";
  let at = 0;
  for (const place of maskedPlaces(readable(html), secrets)) {
    if (place.start < at) continue;
    out += `${html.slice(at, place.start)}•`;
    at = place.end;
  }
  out += html.slice(at);
  // What no reader sees (attribute values, comments) is masked as plain text.
  return maskPaymentDetailsIn(out, secrets);
}
