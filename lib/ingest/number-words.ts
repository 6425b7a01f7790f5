// Russian number words customers write amounts with ("две тысячи", "тысячу двести", "полторы тысячи").
const VALUES: Record<string, number> = {
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
const THOUSAND = /^тысяч[аиуе]?$/;
const HALF_MORE = /^полтор[аы]$/;

/** Regex source of one number word (for building amount patterns). */
export const NUMBER_WORD_SOURCE = `(?:${[...Object.keys(VALUES), "тысяч[аиуе]?", "полтор[аы]"].join("|")})`;

/**
 * The whole number written by a run of Russian number words, or null when
 * the run is not a well-formed number ("тысячу двести" → 1200, "полторы
 * тысячи" → 1500, "две тысячи" → 2000).
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/ё/g, "е").split(/\s+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let halfMore = false;
  for (const w of words) {
    if (HALF_MORE.test(w)) {
      if (current !== 0) return null;
      halfMore = true;
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
