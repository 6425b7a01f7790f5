import { emptyField, field, makeSpan } from "./make-field";
import { TARGET } from "./target-services";
import type { Field, Span } from "./extraction-types";

// What customers call our products: a number (any language, transliterated too), Caller ID, a top-up.
const NUMBER_HEAD =
  /(?<![\p{L}\d])(?:(?:sms|смс)-номер\p{L}*|numbers?|номер\p{L}*|nomer\p{L}*|одноразк\p{L}*|caller[\s-]*id|подмен\p{L}*\s+номер\p{L}*|определител\p{L}*\s+номер\p{L}*)(?![\p{L}])/giu;
const TOP_UP =
  /(?<![\p{L}])(?:top(?:ped|ping)?[- ]?ups?|пополн\p{L}*|popoln\p{L}*)(?:\s+(?:of\s+)?(?:(?:my|the|мой|свой|moi|svoi)\s+)?(?:balance|account|баланс\p{L}*|balans\p{L}*|сч[её]т\p{L}*))?(?![\p{L}])/giu;
const BALANCE = /(?<![\p{L}])(?:balance|баланс\p{L}*|balans\p{L}*)(?![\p{L}])/giu;
// "номер заказа", "card number", "my phone number": a number that is not the product.
const NOT_PRODUCT_BEFORE =
  /(?:order|card|account|tracking|ticket|reference|ref|phone|telephone|contact|case|transaction|invoice|wallet|sort|iban|routing|the|a)\s+$/i;
const NOT_PRODUCT_AFTER =
  /^\s*(?:заказ\p{L}*|карт\p{L}*|сч[её]т\p{L}*|телефон\p{L}*|кошел\p{L}*|договор\p{L}*|заявк\p{L}*|обращени\p{L}*|зayavk\p{L}*|zakaz\p{L}*|kart\p{L}*|of\s+(?:the|my|your)\s+(?:order|card|account))(?![\p{L}])/iu;
// Words that describe the product before its noun: a country or city (capitalised), a kind, a count.
const LEFT_WORD =
  /^(?:[A-Z]{2,3}|[A-Z][a-z][\p{L}.]*|\p{Lu}[\p{Ll}]+(?:ий|ый|ой|ая|ое|ые|ых|ую|ого|ом)|\p{Ll}+(?:ий|ый|ая|ое|ые|ых|ую|ого|ым|ом)|\+\d{1,3}|SMS|sms|смс|аренд[ауеыо]|Аренд[ауеыо]|арендованн\p{L}*|Арендованн\p{L}*|услуг\p{L}*|Услуг\p{L}*|virtual|mobile|landline|toll-free|toll|free|rented|rental|disposable|one-use|one-time|one|use|time|temporary|local|business|second|two|three|several|два|две|три|несколько|\([\d\s]+\)|[«"“][^»"”]{2,30}[»"”])$/u;
const LEFT_STOP =
  /^(?:I|My|The|This|That|Our|Your|Hi|Hello|Dear|A|An|мой|свой|твой|какой|такой|другой|который|этот|тот|ваш|наш|каждый|любой|мою|свою|мой|Мой|Ваш|Этот|Здравствуйте|Добрый|Moi|moi|Moj|moj|Svoi|svoi)$/u;
// What may follow the noun: a country in the genitive ("номер Испании"), "в Тбилиси", "для регистрации", a label.
const RIGHT = new RegExp(
  String.raw`^(?:[ \t]+(?:\p{Lu}\p{L}+(?:-\p{L}+)?)(?:[ \t]+\p{Lu}\p{L}+)?(?![\p{L}\d-])|[ \t]+(?:в|v|in)[ \t]+\p{Lu}[\p{L}-]*|[ \t]+в[ \t]+аренду|[ \t]+(?:service|add-on|feature|subscription|услуг\p{L}*)(?![\p{L}])|[ \t]+(?:для|dlya|dlja|под|pod)[ \t]+[\p{L}\d-]+(?:\s+Go)?|\s+for\s+(?:registrations?|\p{Lu}[\p{L}]*|${TARGET.source})(?![\p{L}])|\s+\p{Ll}+(?:yj|ij|aya|yi)(?:\s+(?:dlya|для)\s+[\p{L}\d]+)?|\s*[«"“][^»"”]{2,30}[»"”]|\s*\([\p{L}\s]{2,20}\))+`,
  "u",
);

interface Candidate {
  start: number;
  end: number;
  kind: "product" | "caller_id" | "top_up" | "balance";
  described: boolean;
}

const LEFT_TOKEN =
  /(?<![\p{L}\d])(?:\+\d{1,3}|[«"“][^»"”]{2,30}[»"”]|\([\d\s]+\)|[\p{L}][\p{L}.'-]*)[ \t]+$/u;

/** The product phrase around its noun: describing words before it (at most four), qualifiers after it. */
function widen(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  for (let i = 0; i < 4; i++) {
    const m = LEFT_TOKEN.exec(text.slice(Math.max(0, s - 60), s));
    if (!m) break;
    const word = m[0].trimEnd();
    const at = s - m[0].length;
    // A capitalised English word opening a sentence is a verb or a greeting ("Rented", "Hello"), not a country.
    const opensSentence = /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, at - 3), at));
    if (LEFT_STOP.test(word) || !LEFT_WORD.test(word)) break;
    if (opensSentence && /^[A-Z][a-z]/.test(word) && /ed$/.test(word)) break;
    s = at;
  }
  const right = RIGHT.exec(text.slice(end, end + 60));
  return { start: s, end: end + (right ? right[0].length : 0) };
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_HEAD)) {
    const end = m.index + m[0].length;
    if (/^(?:number|номер|nomer)/i.test(m[0])) {
      if (NOT_PRODUCT_BEFORE.test(text.slice(Math.max(0, m.index - 15), m.index))) {
        // "the number" is still the product when something describes it ("the UK number" is caught by widen).
        const w = widen(text, m.index, end);
        if (w.start === m.index && w.end === end) continue;
      }
      if (NOT_PRODUCT_AFTER.test(text.slice(end, end + 30))) continue;
    }
    const w = widen(text, m.index, end);
    const described = w.start < m.index || w.end > end;
    // A bare "number" says nothing about which product; "numbers" (all of them) does.
    if (!described && /^(?:number|номер|номера|nomer|nomera)$/i.test(m[0])) continue;
    const kind = /^(?:number|номер|nomer|одноразк)/i.test(m[0]) ? "product" : "caller_id";
    out.push({ ...w, kind, described: described || kind === "caller_id" });
  }
  for (const m of text.matchAll(TOP_UP))
    out.push({ start: m.index, end: m.index + m[0].length, kind: "top_up", described: true });
  for (const m of text.matchAll(BALANCE))
    out.push({ start: m.index, end: m.index + m[0].length, kind: "balance", described: true });
  return out.sort((a, b) => a.start - b.start);
}

export interface ExtractServiceNameOptions {
  /**
   * What the claim says the request is about: a top-up (the top-up or the
   * balance is the service, not the number it was for) or Caller ID (the
   * add-on, not the number it runs on).
   */
  about?: "top_up" | "caller_id";
}

/**
 * The product the request is about, as the customer names it: the first
 * described product ("UK number", "номер Испании", "Caller ID"), else the
 * first bare one, else a top-up or the balance; the subject when the body
 * names none (span null).
 */
export function extractServiceName(
  text: string,
  subject: string,
  opts: ExtractServiceNameOptions = {},
): Field<string> {
  for (const [source, confidence] of [
    [text, 0.85],
    [subject, 0.7],
  ] as const) {
    const all = candidates(source);
    const first = (...kinds: Candidate["kind"][]) => all.find((c) => kinds.includes(c.kind));
    const pick =
      (opts.about === "top_up" ? first("top_up", "balance") : undefined) ??
      (opts.about === "caller_id" ? first("caller_id") : undefined) ??
      first("product", "caller_id") ??
      first("top_up");
    if (!pick) continue;
    const value = source.slice(pick.start, pick.end).replace(/\s+/g, " ").trim();
    const span: Span | null = source === text ? makeSpan(text, pick.start, pick.end) : null;
    return field(value, pick.described ? confidence : confidence - 0.2, span);
  }
  return emptyField();
}

/** The third-party service named, preferring one close to an SMS/code word. */
export function extractTargetService(text: string, subject: string): Field<string> {
  for (const [source, confidence] of [
    [text, 0.85],
    [subject, 0.7],
  ] as const) {
    const hits = [...source.matchAll(TARGET.pattern)];
    const near = hits.find((m) =>
      /sms|code|verif|смс|код|регистр|registr/i.test(
        source.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60),
      ),
    );
    const hit = near ?? hits[0];
    if (!hit) continue;
    const name = TARGET.canonical.get(hit[0].toLowerCase()) ?? hit[0];
    const span = source === text ? makeSpan(text, hit.index, hit.index + hit[0].length) : null;
    return field(name, near ? confidence : confidence - 0.2, span);
  }
  return emptyField();
}
