import { emptyField, field, makeSpan } from "./make-field";
import type { Field } from "./types";

// Our products as customers name them. The optional prefix keeps a country
// ("+44", "UK", "German") and the optional suffix keeps the "for registration" label.
const PRODUCT =
  "(?:rented|rental|virtual|disposable|one[- ]?(?:use|time)|temporary|sms|local|toll[- ]free)\\s+(?:phone\\s+)?numbers?|number\\s+rental|caller\\s*id(?:\\s+service)?|(?:sms|смс)[\\s-]+(?:number|activation|номер\\p{L}*)|(?:phone\\s+)?number\\s+for\\s+registrations?|номер\\p{L}*\\s+для\\s+регистрации|(?:аренд[аыуе]|арендованн\\p{L}+|виртуальн\\p{L}+|одноразов\\p{L}+|временн\\p{L}+)\\s+(?:телефонн\\p{L}+\\s+)?номер\\p{L}*|номер\\p{L}*\\s+(?:в\\s+аренду|для\\s+(?:приема|приёма)\\s+смс)|(?:услуг\\p{L}+\\s+)?(?:подмен\\p{L}+\\s+номера|определител\\p{L}+\\s+номера|caller\\s*id)";
const SUFFIX = "(?:\\s+(?:for\\s+registrations?|для\\s+регистрации|\\(for registration\\)))?";
const SERVICE = new RegExp(`(?<![\\p{L}])(?:${PRODUCT})${SUFFIX}`, "giu");
// A country written just before the product ("+44", "UK", "German"); case matters here.
// Russian word order puts the country after the noun, and a capitalised Russian word is
// usually a sentence-initial verb ("Арендовал номер"), so no Cyrillic prefix.
// A whole word only: "QIWI аренду номера" has no prefix "WI".
const PREFIX = /(?<![\p{L}\p{N}])(?:\+\d{1,3}|[A-Z]{2}|[A-Z][a-z]+)\s+$/u;
// Capitalised words that start sentences rather than name a country.
const NOT_A_PREFIX =
  /^(?:The|My|This|Your|An?|Our|That|Its|Their|Hello|Hi|Dear|Для|Мой|Мою|Моя|Этот|Ваш|Ваша|Наш|На|По|Я|Мне|Мы|Мой|Купил|Здравствуйте)\s+$/;

/** Third-party services whose SMS a number may fail to receive (specific-service failures). */
const TARGET_SERVICES = [
  "WhatsApp",
  "Telegram",
  "Viber",
  "Signal",
  "WeChat",
  "Facebook",
  "Instagram",
  "TikTok",
  "Twitter",
  "Google",
  "Gmail",
  "Microsoft",
  "Apple",
  "Amazon",
  "Uber",
  "Tinder",
  "Discord",
  "Steam",
  "Netflix",
  "Airbnb",
  "LinkedIn",
  "Snapchat",
  "Binance",
  "OpenAI",
  "ChatGPT",
  "Yandex",
  "Яндекс",
  "VK",
  "ВКонтакте",
  "Avito",
  "Авито",
  "Ozon",
  "Wildberries",
  "Tinkoff",
  "Тинькофф",
  "Сбер",
  "Госуслуг",
];
const TARGET = new RegExp(`(?<![\\p{L}])(${TARGET_SERVICES.join("|")})(?![\\p{L}])`, "giu");
const CANONICAL = new Map(TARGET_SERVICES.map((s) => [s.toLowerCase(), s]));

/** The product bought: the first product phrase in the body, else in the subject (span null). */
export function extractServiceName(text: string, subject: string): Field<string> {
  for (const [source, confidence] of [
    [text, 0.85],
    [subject, 0.75],
  ] as const) {
    const m = new RegExp(SERVICE.source, SERVICE.flags).exec(source);
    if (!m) continue;
    const prefix = PREFIX.exec(source.slice(Math.max(0, m.index - 20), m.index));
    const useful = prefix && !NOT_A_PREFIX.test(prefix[0]) ? prefix[0] : "";
    const start = m.index - useful.length;
    const span = source === text ? makeSpan(text, start, m.index + m[0].length) : null;
    return field(source.slice(start, m.index + m[0].length).trim(), confidence, span);
  }
  return emptyField();
}

/** The third-party service named, preferring one close to an SMS/code word. */
export function extractTargetService(text: string, subject: string): Field<string> {
  for (const [source, confidence] of [
    [text, 0.85],
    [subject, 0.7],
  ] as const) {
    const hits = [...source.matchAll(TARGET)];
    const near = hits.find((m) =>
      /sms|code|verif|смс|код|регистр|registr/i.test(
        source.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60),
      ),
    );
    const hit = near ?? hits[0];
    if (!hit) continue;
    const name = CANONICAL.get(hit[0].toLowerCase()) ?? hit[0];
    const span = source === text ? makeSpan(text, hit.index, hit.index + hit[0].length) : null;
    return field(name, near ? confidence : confidence - 0.2, span);
  }
  return emptyField();
}
