// Number words customers write amounts with: Russian ("две тысячи", "тысячу двести", "полторы
// тысячи") and English ("eleven pounds", "thirty-six pounds", "two hundred dollars").
const VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  один: 1,
  одна: 1,
  одну: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
};
const THOUSAND = /^(?:тысяч[аиуе]?|thousand)$/;
const HUNDRED = /^hundred$/;
const HALF_MORE = /^полтор[аы]$/;

/** Regex source of one number word (for building amount patterns). */
export const NUMBER_WORD_SOURCE = `(?:${[
  ...Object.keys(VALUES).sort((a, b) => b.length - a.length),
  "тысяч[аиуе]?",
  "полтор[аы]",
  "thousand",
  "hundred",
  "and",
].join("|")})`;

/**
 * The whole number written by a run of number words, or null when the run
 * is not a well-formed number ("тысячу двести" → 1200, "полторы тысячи" →
 * 1500, "thirty-six" → 36, "two hundred and five" → 205).
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[\s-]+/)
    .filter((w) => w && w !== "and");
  let total = 0;
  let current = 0;
  let halfMore = false;
  for (const w of words) {
    if (HALF_MORE.test(w)) {
      if (current !== 0) return null;
      halfMore = true;
    } else if (HUNDRED.test(w)) {
      if (current === 0 || current >= 100 || halfMore) return null;
      current *= 100;
    } else if (THOUSAND.test(w)) {
      total += halfMore ? 1500 : (current || 1) * 1000;
      current = 0;
      halfMore = false;
    } else {
      const v = VALUES[w];
      if (v === undefined || halfMore) return null;
      current += v;
    }
  }
  if (halfMore) return null;
  const n = total + current;
  return n > 0 ? n : null;
}
