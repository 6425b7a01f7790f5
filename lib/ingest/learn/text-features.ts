import { StemmerEn } from "@nlpjs/lang-en-min";
import { StemmerRu } from "@nlpjs/lang-ru";
import { familiesOf } from "./word-families";

const en = new StemmerEn();
const ru = new StemmerRu();
const stems = new Map<string, string>();

/** A word's stem by its script: Snowball Russian for Cyrillic, Porter English otherwise (transliterations included). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /\p{Script=Cyrillic}/u.test(word) ? ru.stemWord(word) : en.stemWord(word);
    // Bounded by the vocabulary customers use; a flood of odd words only costs a refill.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

// A negation attaches to the next word, so "not working" and "working" are different features.
const NEGATION = new Set([
  "not",
  "no",
  "never",
  "не",
  "нет",
  "ни",
  "ne",
  "net",
  "без",
  "nothing",
  "ничего",
]);

/** The words of a text, lower-cased, "n't" spelt out, ё read as е. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/n['’]t\b/g, " not")
      .replace(/ё/g, "е")
      .match(/\p{L}+/gu) ?? []
  );
}

export interface TextFeatureOptions {
  /** Also stems and stem bigrams (language-specific); without them only the shared word families. */
  stems?: boolean;
}

/**
 * The classifier's input, each feature counted once: word families
 * (word-families.ts) and, optionally, stems and stem bigrams. A negation is
 * glued to the word after it ("#not_receive", "not_работа"); adjacent
 * families pair up ("#sms+#not_receive"), so short phrases carry across
 * English, Russian and transliteration.
 */
export function textFeatures(text: string, opts: TextFeatureOptions = {}): Record<string, number> {
  const out: Record<string, number> = {};
  let prevStem: string | null = null;
  let prevFamilies: string[] = [];
  let negated = false;
  for (const w of words(text)) {
    if (NEGATION.has(w)) {
      negated = true;
      continue;
    }
    if (opts.stems) {
      const s = `${negated ? "not_" : ""}${stem(w)}`;
      out[s] = 1;
      if (prevStem !== null) out[`${prevStem}_${s}`] = 1;
      prevStem = s;
    }
    const families = familiesOf(w).map((f) => (negated ? `#not_${f}` : `#${f}`));
    for (const f of families) {
      out[f] = 1;
      for (const p of prevFamilies) out[`${p}+${f}`] = 1;
    }
    prevFamilies = families;
    negated = false;
  }
  return out;
}
