import { Faker, base, de, en, en_GB, en_US, ru } from "@faker-js/faker";
import type { Currency } from "./scenario-types";

export type Market = "us" | "gb" | "de" | "ru";
export type Person = {
  name: string;
  email: string;
  currency: Currency;
  lang: "en" | "ru";
  market: Market;
};

const LOCALES = {
  us: [en_US, en, base],
  gb: [en_GB, en, base],
  de: [de, en, base],
  ru: [ru, en, base],
} as const;
const CURRENCY: Record<Market, Currency> = { us: "USD", gb: "GBP", de: "EUR", ru: "RUB" };
const DOMAINS: Record<Market, string[]> = {
  us: ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
  gb: ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk"],
  de: ["gmx.de", "web.de", "t-online.de", "gmail.com"],
  ru: ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "rambler.ru"],
};

/** Seeded fakers per market, so names and addresses look local and repeat exactly for a seed. */
export function makeFakers(seed: number): Record<Market, Faker> {
  const make = (m: Market, i: number) => {
    const f = new Faker({ locale: [...LOCALES[m]] });
    f.seed(seed * 31 + i);
    return f;
  };
  return { us: make("us", 1), gb: make("gb", 2), de: make("de", 3), ru: make("ru", 4) };
}

/** A customer-like person; `taken` keeps emails unique (the customers table is unique on lower(email)). */
export function makePerson(
  fakers: Record<Market, Faker>,
  market: Market,
  taken: Set<string>,
): Person {
  const f = fakers[market];
  for (;;) {
    const first = f.person.firstName();
    const last = f.person.lastName();
    const email = f.internet
      .email({ provider: f.helpers.arrayElement(DOMAINS[market]) })
      .toLowerCase();
    if (taken.has(email)) continue;
    taken.add(email);
    return {
      name: `${first} ${last}`,
      email,
      currency: CURRENCY[market],
      lang: market === "ru" ? "ru" : "en",
      market,
    };
  }
}

/** A plausible E.164 number in the fictional ranges (US 555-01xx, Ofcom's London 020 7946 0xxx). */
export function makePhone(
  f: Faker,
  market: Market,
): { phone: string; country: string; city: string } {
  const d = (n: number) => f.string.numeric({ length: n, allowLeadingZeros: true });
  switch (market) {
    case "us":
      return {
        phone: `+1${f.helpers.arrayElement(["212", "310", "415", "646", "702"])}55501${d(2)}`,
        country: "US",
        city: f.location.city(),
      };
    case "gb":
      return { phone: `+442079460${d(3)}`, country: "GB", city: "London" };
    case "de":
      return { phone: `+4930555${d(5)}`, country: "DE", city: "Berlin" };
    case "ru":
      return {
        phone: `+79${f.helpers.arrayElement(["16", "25", "03", "85"])}555${d(4)}`,
        country: "RU",
        city: "Москва",
      };
  }
}

/** Money as customers write it. */
export function formatMoney(minor: number, currency: Currency): string {
  const major = (minor / 100).toFixed(2);
  switch (currency) {
    case "USD":
      return `$${major}`;
    case "GBP":
      return `£${major}`;
    case "EUR":
      return `${major.replace(".", ",")} EUR`;
    case "RUB":
      return `${Math.round(minor / 100)} руб.`;
  }
}
