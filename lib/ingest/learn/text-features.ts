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

export interface Word {
  /** Lower-cased, "n't" spelt out as "not", ё read as е. */
  word: string;
  /** Offset of the written word in the text. */
  start: number;
}

/** The words of a text with where each is written. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let skip = -1;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (m.index === skip) continue;
    let written = m[0];
    // "don't" reads "do not": the "t" after the apostrophe is then no word of its own.
    const after = text.slice(m.index + written.length, m.index + written.length + 3);
    const negated = /n$/i.test(written) && /^['’][tT](?![A-Za-z0-9_])/.test(after);
    if (negated) {
      written = written.slice(0, -1);
      skip = m.index + written.length + 2;
    }
    // Lower-casing may split a letter from its mark ("İ" → "i̇"): the words are the letter runs left.
    for (const w of written
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/\p{L}+/gu) ?? [])
      out.push({ word: w, start: m.index });
    if (negated) out.push({ word: "not", start: m.index + written.length });
  }
  return out;
}

export interface TextFeatureOptions {
  /** Also stems and stem bigrams (language-specific); without them only the shared word families. */
  stems?: boolean;
}

/** A text's features, and for each word the features it added, to score a part of the text without reading it again. */
export interface IndexedFeatures {
  features: Record<string, number>;
  /**
   * In text order: where each word is written, the features of the word
   * itself, and those pairing it with the word before (which a part of the
   * text starting at this word does not have).
   */
  words: Array<{ start: number; features: string[]; pairs: string[] }>;
}

/**
 * The classifier's input, each feature counted once: word families
 * (word-families.ts) and, optionally, stems and stem bigrams. A negation is
 * glued to the word after it ("#not_receive", "not_работа"); adjacent
 * families pair up ("#sms+#not_receive"), so short phrases carry across
 * English, Russian and transliteration.
 */
export function indexFeatures(text: string, opts: TextFeatureOptions = {}): IndexedFeatures {
  const out: Record<string, number> = {};
  const index: IndexedFeatures["words"] = [];
  let prevStem: string | null = null;
  let prevFamilies: string[] = [];
  let negated = false;
  for (const { word: w, start } of words(text)) {
    if (NEGATION.has(w)) {
      negated = true;
      continue;
    }
    const own: string[] = [];
    const pairs: string[] = [];
    const add = (list: string[], f: string) => {
      list.push(f);
      out[f] = 1;
    };
    if (opts.stems) {
      const s = `${negated ? "not_" : ""}${stem(w)}`;
      add(own, s);
      if (prevStem !== null) add(pairs, `${prevStem}_${s}`);
      prevStem = s;
    }
    const families = familiesOf(w).map((f) => (negated ? `#not_${f}` : `#${f}`));
    for (const f of families) {
      add(own, f);
      for (const p of prevFamilies) add(pairs, `${p}+${f}`);
    }
    prevFamilies = families;
    negated = false;
    index.push({ start, features: own, pairs });
  }
  return { features: out, words: index };
}

/** The features of a text (indexFeatures without the per-word index). */
export function textFeatures(text: string, opts: TextFeatureOptions = {}): Record<string, number> {
  return indexFeatures(text, opts).features;
}
