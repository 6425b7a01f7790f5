import type { CountryCode } from "libphonenumber-js";

// A number written without "+" is read in the country the mail points to; these are the pointers.
const BY_LANGUAGE: Record<string, CountryCode> = { ru: "RU", uk: "UA" };
const BY_CURRENCY: Record<string, CountryCode> = {
  GBP: "GB",
  PLN: "PL",
  UAH: "UA",
  KZT: "KZ",
  RUB: "RU",
  USD: "US",
  CAD: "CA",
  AUD: "AU",
  CHF: "CH",
};
// Country words in the product's name ("UK number", "номер Испании") and their countries.
const BY_WORD: Array<[RegExp, CountryCode]> = [
  [/\b(?:UK|British|England|English|London|Manchester)\b|Великобритан|Англи|британск/iu, "GB"],
  [/\b(?:US|USA|American)\b|США|американск/iu, "US"],
  [/German|Germany|Munich|Berlin|Герман|немецк/iu, "DE"],
  [/French|France|Paris|Франци|французск/iu, "FR"],
  [/Spain|Spanish|Madrid|Испани|испанск/iu, "ES"],
  [/Poland|Polish|Warsaw|Польш|польск/iu, "PL"],
  [/Ukrain|Kyiv|Lviv|Odesa|Украин|украинск|Одесс|Киев|Львов/iu, "UA"],
  [/Kazakh|Almaty|Казахстан|казахстанск|Алмат/iu, "KZ"],
  [/Latvia|Riga|Латви|латвийск|Рига|Риги/iu, "LV"],
  [/Israel|Израил|израильск/iu, "IL"],
  [/Georgia|Tbilisi|Грузи|грузинск|Тбилиси/iu, "GE"],
  [/Belarus|Minsk|Беларус|белорусск|Минск/iu, "BY"],
  [/Dutch|Netherlands|Нидерланд|голландск/iu, "NL"],
  [/Russia|Росси|российск/iu, "RU"],
];
const BY_DOMAIN: Record<string, CountryCode> = {
  uk: "GB",
  de: "DE",
  fr: "FR",
  es: "ES",
  pl: "PL",
  ua: "UA",
  kz: "KZ",
  lv: "LV",
  il: "IL",
  ge: "GE",
  by: "BY",
  nl: "NL",
  ru: "RU",
  it: "IT",
};

export interface PhoneCountryHints {
  language: string | null;
  serviceName: string | null;
  currency: string | null;
  /** The sender's address; its country domain is a hint. */
  from: string | null;
}

/** Countries to read national-format numbers in, most telling first, without repeats. */
export function phoneCountries(h: PhoneCountryHints): CountryCode[] {
  const out: CountryCode[] = [];
  const add = (c: CountryCode | undefined) => {
    if (c && !out.includes(c)) out.push(c);
  };
  for (const [re, c] of BY_WORD) if (h.serviceName && re.test(h.serviceName)) add(c);
  add(BY_DOMAIN[/\.([a-z]{2})$/.exec(h.from ?? "")?.[1] ?? ""]);
  add(BY_CURRENCY[h.currency ?? ""]);
  add(BY_LANGUAGE[h.language ?? ""]);
  return out;
}
