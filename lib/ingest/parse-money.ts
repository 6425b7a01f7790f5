/** Currency tokens customers write, mapped to ISO 4217. Longest alternatives first in the regex. */
const CURRENCY_TOKENS: Array<[RegExp, string]> = [
  [
    /^(?:\$|us\$|usd|dollars?|bucks|долл?ар(?:ов|а|ы)?|долл\.?|бакс(?:ов|а)?|dollar(?:ov|a))$/i,
    "USD",
  ],
  [/^(?:€|eur|euros?|евро|evro)$/i, "EUR"],
  [/^(?:£|gbp|pounds?(?: sterling)?|quid|фунт(?:ов|а)?)$/i, "GBP"],
  [
    /^(?:₽|rub|rur|руб\.?|рубл(?:ей|я|ь|иков|ика)|р\.?|roubles?|rubles?|rublej|rublei|rub\.)$/i,
    "RUB",
  ],
  [/^(?:₴|uah|грн\.?|гривен|гривны|гривня|griven|grivn[ay]?|hryvnias?|hrn)$/i, "UAH"],
  [/^(?:₸|kzt|тенге|тг\.?|tenge|tg)$/i, "KZT"],
  [/^(?:chf|francs?)$/i, "CHF"],
  [/^(?:pln|zł|zl|zloty|zlotys|złotych|zlotych|злотых|злотый|злотого)$/i, "PLN"],
  [/^(?:cad|c\$|ca\$|canadian dollars?)$/i, "CAD"],
  [/^(?:aud|a\$|au\$|australian dollars?)$/i, "AUD"],
  // Dollar stablecoins are refunded as the dollars they stand for.
  [/^(?:usdt|usdc)$/i, "USD"],
  [/^(?:gel|лари|lari|₾)$/i, "GEL"],
  [/^(?:byn|бел\.?\s?руб\.?|белорусских рублей)$/i, "BYN"],
];

/** Regex source for a currency token, used on both sides of the number. */
export const CURRENCY_SOURCE =
  "[Aa]ustralian dollars?|[Cc]anadian dollars?|quid|US\\$|CA\\$|AU\\$|C\\$|A\\$|USDT|USDC|USD|GEL|BYN|₾|лари|lari|бел\\.?\\s?руб\\.?|белорусских рублей|рубликов|рублика|EUR|GBP|RUB|RUR|UAH|KZT|CHF|PLN|CAD|AUD|\\$|€|£|₽|₴|₸|zł|złotych|zlotych|zlotys|zloty|zl|dollars?|dollarov|dollara|bucks|euros?|evro|pounds?|francs?|roubles?|rubles?|rublej|rublei|rub\\.?|griven|grivny|grivna|hryvnias?|hrn|tenge|tg|долларов|доллара|доллары|доллар|долл\\.?|баксов|бакса|евро|фунтов|фунта|фунт|рублей|рубля|рубль|руб\\.?|р\\.?|гривен|гривны|грн\\.?|тенге|тг\\.?|злотых|злотый|злотого";

// Minor-unit exponents that differ from 2 (ISO 4217).
const EXPONENT: Record<string, number> = {
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

export function currencyCode(token: string): string | null {
  const t = token.trim();
  for (const [re, code] of CURRENCY_TOKENS) if (re.test(t)) return code;
  return null;
}

/**
 * "1 200,50" / "1,200.50" / "12,5" / "1.200" → minor units, from the digit
 * strings (no floating point). A separator followed by exactly three digits
 * is a thousands separator; one or two trailing digits are the fraction.
 */
export function parseAmountMinor(numeral: string, currency: string): number | null {
  const compact = numeral.replace(/[\s\u00A0\u202F']/g, "");
  const m = /^(\d+(?:[.,]\d{3})*)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return null;
  const whole = (m[1] ?? "").replace(/[.,]/g, "");
  const exponent = EXPONENT[currency] ?? 2;
  const fraction = (m[2] ?? "").padEnd(exponent, "0").slice(0, exponent);
  if (whole.length > 12) return null;
  const minor = Number(`${whole}${fraction}`);
  return Number.isSafeInteger(minor) ? minor : null;
}
