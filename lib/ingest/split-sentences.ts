export interface Sentence {
  start: number;
  end: number;
}

// A sentence ends at . ! ? before whitespace ("$7.50" does not end one), at a
// blank line, or at a line break before a capital, digit or bullet. A line
// break before a lower-case word is a hard wrap inside the sentence.
const SENTENCE_END = /[.!?]+(?=\s|$)(?![ \t]+\p{Ll})|\n[ \t]*\n|\n(?=[ \t]*[\p{Lu}\d>*•\-])/gu;

/** Sentence offsets in a text, trimmed, empty ones dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const s = start + raw.length - raw.trimStart().length;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const isPunctuation = /^[.!?]/.test(m[0]);
    push(from, isPunctuation ? m.index + m[0].length : m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
