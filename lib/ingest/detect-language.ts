import { field } from "./make-field";
import type { Field } from "./extraction-types";

// Short function words that are frequent and distinctive per Latin-script language.
const STOPWORDS: Record<string, string[]> = {
  en: [
    "the",
    "and",
    "is",
    "my",
    "to",
    "for",
    "you",
    "please",
    "not",
    "have",
    "it",
    "of",
    "was",
    "i",
  ],
  de: ["der", "die", "das", "und", "ist", "nicht", "ich", "mein", "bitte", "mit", "für"],
  fr: ["le", "la", "les", "et", "est", "pas", "je", "mon", "pour", "vous", "merci", "une"],
  es: ["el", "la", "los", "y", "es", "no", "mi", "para", "por", "favor", "gracias", "una"],
  it: ["il", "di", "che", "non", "per", "sono", "mio", "grazie", "una", "della"],
  pt: ["o", "os", "não", "meu", "para", "obrigado", "uma", "com", "por", "favor"],
  // Russian written in Latin letters ("nomer ne rabotaet, vernite dengi"): Russian, as its writer is.
  ru: [
    "ne",
    "na",
    "ya",
    "mne",
    "moi",
    "moj",
    "menya",
    "nomer",
    "nomera",
    "pozhaluista",
    "pozhaluysta",
    "pozhalujsta",
    "spasibo",
    "dengi",
    "deneg",
    "zdravstvuite",
    "zdravstvuyte",
    "zdravstvujte",
    "dobryi",
    "dobryj",
    "den",
    "privet",
    "eto",
    "chto",
    "kak",
    "uzhe",
    "vernite",
    "verni",
    "vernut",
    "ochen",
    "bylo",
    "byl",
    "kartu",
    "dlya",
    "ot",
    "net",
    "tolko",
    "zakaz",
    "oplatil",
    "oplatila",
    "prishlo",
    "prihodit",
    "rabotaet",
    "hotya",
    "hotel",
    "sluchaino",
    "balans",
    "mesyac",
    "nichego",
    "vse",
    "kogda",
  ],
};

/**
 * Script first (Cyrillic → Russian, or Ukrainian when its own letters
 * appear), then stopword counts for Latin text. Default 'en'.
 */
export function detectLanguage(text: string): Field<string> {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return field("en", 0.2, null);
  const cyrillic = letters.filter((ch) => /\p{Script=Cyrillic}/u.test(ch)).length;
  if (cyrillic / letters.length > 0.3) {
    const ukrainian = (text.match(/[іїєґІЇЄҐ]/g) ?? []).length;
    return ukrainian >= 3
      ? field("uk", 0.8, null)
      : field("ru", Math.min(0.99, 0.6 + cyrillic / letters.length / 2), null);
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = { lang: "en", hits: 0 };
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const hits = words.filter((w) => set.has(w)).length;
    if (hits > best.hits) best = { lang, hits };
  }
  if (best.hits === 0) return field("en", 0.3, null);
  return field(best.lang, Math.min(0.95, 0.4 + best.hits / Math.max(4, words.length)), null);
}
