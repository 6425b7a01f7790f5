import { convert } from "html-to-text";

// html-to-text's own rendering of mail: no line wrapping (spans index the text), links and
// images as their words only, quoted replies (<blockquote>) as "> " lines, so they are
// stripped like quotes in plain-text mail; every table read as data (a row per line, cells
// apart), since mail uses tables for receipts as often as for layout.
const OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "blockquote", format: "blockquote", options: { trimEmptyLines: true } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    {
      selector: "table",
      format: "dataTable",
      options: { uppercaseHeaderCells: false, colSpacing: 1, maxColumnWidth: 10_000 },
    },
  ],
};

/**
 * Plain text from an HTML body without rendering it (html-to-text):
 * scripts, styles and <head> dropped, blocks as lines, blockquotes as "> "
 * lines. Used when a mail has HTML but mailparser produced no text.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, OPTIONS)
    .replace(/[ \t\u00A0]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
