// Named entities seen in real mail; anything else numeric is decoded generically.
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  copy: "©",
  reg: "®",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  bull: "•",
  middot: "·",
  times: "×",
  deg: "°",
  numero: "№",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function stripTags(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/t[dh]\s*>/gi, " ")
    .replace(/<\/(?:p|div|li|tr|h[1-6]|table|ul|ol|section|article|header|footer)\s*>/gi, "\n")
    .replace(/<(?:p|div|li|tr|h[1-6])\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
}

/**
 * Plain text from an HTML body without rendering it: scripts, styles,
 * comments and <head> are dropped, blocks become lines, and blockquotes
 * become "> " lines so quoted replies are stripped like in plain text.
 * Used when a mail has HTML but mailparser produced no text.
 */
export function htmlToPlainText(html: string): string {
  let src = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|title|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, "");
  // Innermost blockquotes first, so nested quotes get one ">" per level.
  for (let guard = 0; guard < 20 && /<blockquote\b/i.test(src); guard++) {
    src = src.replace(
      /<blockquote\b[^>]*>((?:(?!<blockquote\b)[\s\S])*?)<\/blockquote\s*>/gi,
      (_, inner: string) => {
        const lines = decodeEntities(stripTags(inner))
          .split("\n")
          .filter((l) => l.trim());
        return `\n${lines.map((l) => `> ${l.trim()}`).join("\n")}\n`;
      },
    );
  }
  return decodeEntities(stripTags(src))
    .replace(/[ \t\u00A0]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
