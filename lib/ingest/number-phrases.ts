import { TARGET } from "./target-services";

/** A product named in a text: where, what kind, and whether something describes it. */
export interface Candidate {
  start: number;
  end: number;
  kind: "product" | "caller_id" | "top_up" | "balance";
  described: boolean;
}

// What customers call our products: a number or line (any language, transliterated too), Caller ID.
const HEAD =
  /(?<![\p{L}\d])(?:(?:sms|смс)-номер\p{L}*|numbers?|номер\p{L}*|nomer\p{L}*|одноразк\p{L}*|lines?|landlines?|caller[\s-]*id|аон|подмен\p{L}*\s+номер\p{L}*|podmen\p{L}*\s+nomer\p{L}*|определител\p{L}*\s+номер\p{L}*)(?![\p{L}])/giu;
// Heads that name the product by themselves; a plain number or line needs something describing it.
const SELF_DESCRIBED = /^(?:sms|смс|одноразк|caller|аон|подмен|podmen|определител)/i;
// "номер заказа", "card number", "company registration number": a number that is not the product.
const NOT_PRODUCT_BEFORE =
  /^(?:order|card|account|tracking|ticket|reference|ref|case|transaction|invoice|wallet|sort|iban|routing|contact|vat|company|tax|help|support|hot)$/i;
const NOT_PRODUCT_AFTER =
  /^\s*(?:заказ\p{L}*|карт\p{L}*|сч[её]т\p{L}*|кошел\p{L}*|договор\p{L}*|заявк\p{L}*|обращени\p{L}*|zakaz\p{L}*|kart\p{L}*|of\s+(?:the|my|your)\s+(?:order|card|account))(?![\p{L}])/iu;

const RU_ENDING = "(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ого|его|ому|ему|ым|им|ыми|ими)";
// Pronouns, greetings and words that say which number rather than what it is ("my", "the new", "другой").
const STOP = new RegExp(
  `^(?:${[
    "i|my|the|this|that|these|those|our|your|his|her|their|its|a|an|no|hi|hello|dear|old|same|other|another|own|personal|normal|real",
    "мо(?:й|я|е|ё|и|его|ему|ей|ю|им|их|ими)|тво(?:й|я|е|ё|и|его|ей)|сво(?:й|я|е|ё|и|его|ему|ей|ю|им|их)",
    "ваш\\p{L}*|наш\\p{L}*|эт(?:от|а|о|и|ого|ому|ой|им|ом|у|их)|т(?:от|а|о|е|ого|ой|ом)|котор\\p{L}*|как(?:ой|ая|ое|ие)|так(?:ой|ая|ое|ие)",
    `(?:друг|нов|стар|сам|люб|кажд|одн|следующ|прошл|нужн|ненужн|рабоч|нерабоч|оплаченн|купленн|заблокированн|отключенн|отключённ|работающ|неработающ|указанн|прост)${RU_ENDING}`,
    "moi|moj|svoi|svoj|здравствуйте|добрый|привет",
  ].join("|")})$`,
  "iu",
);
// Words that may stand inside the phrase without describing it: a count, the kind of line, "мною".
const FILLER =
  /^(?:\d{1,3}|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple|both|all|два|две|три|четыре|пять|шесть|десять|несколько|оба|обе|все|mobile|phone|telephone|мобильн\p{L}*|мною|нами|вами)$/iu;
// What describes a number: its kind or label, a country's or city's adjective (by suffix), a code, the
// service it is for.
const KIND = new RegExp(
  `^(?:virtual|rented|rental|disposable|one-use|one-time|use|time|temporary|local|business|geographic|landline|toll-free|toll|free|second|shop|office|sms|смс|registration|for-registration|\\p{L}+-only|аренд[ауеыо]|арендован\\p{L}*|услуг\\p{L}*|виртуальн\\p{L}*|одноразов\\p{L}*|odnorazov\\p{L}*|virtualn\\p{L}*|${TARGET.source})$`,
  "iu",
);
const ADJECTIVE = new RegExp(
  `^(?:\\p{L}{3,}${RU_ENDING}|\\p{Ll}+(?:yj|ij|iy|yi|aya)|\\p{L}\\p{Ll}+(?:ish|ian|ese|an|ic)|\\p{L}\\p{Ll}{3,}i)$`,
  "u",
);
// A name before the noun: Latin capitals (a country, a city, "UK") for an English noun, an abbreviation,
// a dialling code, a quoted label.
const NAME = /^(?:\p{Lu}\p{Ll}[\p{L}.'-]*)$/u;
const CODE = /^(?:[A-Z]{2,3}|\+\d{1,3}|\(\d[\d\s]*\)|0\d{2,4}|[«"“][^»"”]{2,30}[»"”])$/u;

const LEFT_TOKEN =
  /(?<![\p{L}\d])(?:\+\d{1,3}|[«"“][^»"”]{2,30}[»"”]|\(\d[\d\s]*\)|\d+|[\p{L}][\p{L}'-]*)[ \t]+$/u;

const PREP = "(?:для|Для|ДЛЯ|dlya|Dlya|dlja|под|Под|ПОД|pod)";
const QUOTED = `[«"“](?:\\p{Lu}[^»"”\\n]{1,30}|(?:for|для|dlya|dlja)[ -][^»"”\\n]{2,25})[»"”]`;
const LABEL = `(?:${QUOTED}|[Ff]or[ -][Rr]egistration|[Дд]ля [Рр]егистрации)`;
const TARGETS = `(?:${TARGET.source}|${TARGET.source.toLowerCase()})`;
const DOTTED = "\\p{Lu}\\p{L}*(?:\\.\\p{L}+)*";
// Qualifiers after the noun, in any language.
const RIGHT_ANY = [
  `[ \\t]+(?:в|во|v|in|of)[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}-]*(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}-]*)?`,
  `[ \\t]+(?:в|на)[ \\t]+аренд\\p{L}*`,
  `[ \\t]+(?:service|add-on|addon|feature|subscription|option|услуг\\p{L}*)(?![\\p{L}])`,
  `[ \\t]+${PREP}[ \\t]+[\\p{L}\\d.-]+(?:[ \\t]+(?:Go|GO))?`,
  `\\s+for\\s+(?:registrations?|${DOTTED}|${TARGETS})(?![\\p{L}])`,
  `,?[ \\t]+(?:labell?ed|marked|advertised as|called|с пометкой|с отметкой|с надписью)[ \\t]+${LABEL}`,
  `[ \\t]+${LABEL}`,
  `[ \\t]*${QUOTED}`,
  `[ \\t]*\\([\\p{L}\\s,]{2,30}\\)`,
  `[ \\t]+8-?800(?![\\d-])`,
  `\\s+\\p{Ll}+(?:yj|ij|aya|yi)(?:\\s+(?:dlya|для)\\s+[\\p{L}\\d]+)?`,
].join("|");
// A Russian noun also takes a country or city after it, in the genitive ("номер Испании", "НОМЕР
// РОССИИ", "номер латвии"), or an adjective ("номер питерский", "номер одноразовый").
const RIGHT_RU_FIRST = `[ \\t]+(?:телефона[ \\t]+)?(?!(?:ДЛЯ|Для|ПОД|Под|НА|На|По|ПО|For|FOR)(?![\\p{L}]))(?:\\p{Lu}[\\p{Ll}-]+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2,}|\\p{Ll}{3,}ии|\\p{Ll}+(?:ск|цк)${RU_ENDING}|(?:одноразов|виртуальн|арендованн)\\p{L}*)(?![\\p{L}\\d-])`;
const RIGHT = new RegExp(`^(?:${RIGHT_ANY})+`, "u");
const RIGHT_RU = new RegExp(`^(?:${RIGHT_RU_FIRST})(?:${RIGHT_ANY})*`, "u");

/**
 * The describing words before a noun (at most four), whether any of them
 * describes it, and whether it names something else ("card number").
 */
function left(
  text: string,
  start: number,
  english: boolean,
): { start: number; described: boolean; other: boolean } {
  let s = start;
  let described = false;
  let name = false;
  for (let i = 0; i < 4; i++) {
    const m = LEFT_TOKEN.exec(text.slice(Math.max(0, s - 60), s));
    if (!m) break;
    const word = m[0].trimEnd();
    const at = s - m[0].length;
    const before = text.slice(Math.max(0, at - 3), at);
    if (NOT_PRODUCT_BEFORE.test(word)) return { start, described: false, other: true };
    // "New York", "Hong Kong": a capitalised word before a name is part of it.
    const partOfName = name && NAME.test(word);
    if (STOP.test(word) && !partOfName) break;
    // Capitalised: a name before an English noun, unless it opens a sentence as a verb ("Rented") or
    // opens a quote that closes after the noun ("Disconnect number", a button).
    const opens = (/(?:^|[.!?\n]\s*)$/.test(before) && /ed$/.test(word)) || /[«"“'‘]$/.test(before);
    name = english && /^\p{Script=Latin}/u.test(word) && NAME.test(word) && !opens;
    if (KIND.test(word) || ADJECTIVE.test(word) || CODE.test(word) || name) described = true;
    else if (!FILLER.test(word)) break;
    s = at;
    // "в аренду", "for registration": the preposition belongs to the phrase.
    const prep = /(?:^|[ \t])((?:в|на|for|For)[ \t]+)$/u.exec(text.slice(Math.max(0, s - 6), s));
    if (prep && /^(?:аренд|registration)/i.test(word)) s -= prep[1]!.length;
  }
  return { start: s, described, other: false };
}

/** Numbers, lines and Caller ID named in a text, with the words that describe them. */
export function numberCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HEAD)) {
    const head = m[0];
    const end = m.index + head.length;
    if (NOT_PRODUCT_AFTER.test(text.slice(end, end + 30))) continue;
    const russian = /^(?:номер|nomer|смс|одноразк|подмен|podmen|определител|аон)/i.test(head);
    const l = left(text, m.index, !russian);
    if (l.other) continue;
    const after = text.slice(end, end + 80);
    const right = (russian ? RIGHT_RU.exec(after) : null) ?? RIGHT.exec(after);
    if (!l.described && !right && !SELF_DESCRIBED.test(head)) continue;
    const caller = /^(?:caller|аон|подмен|podmen|определител)/i.test(head);
    const kind = caller ? "caller_id" : "product";
    out.push({ start: l.start, end: end + (right?.[0].length ?? 0), kind, described: true });
  }
  // A phrase found twice over ("UK landline" and "UK landline number"): the longer one.
  return out
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((c, i, all) => !all.slice(0, i).some((o) => o.start <= c.start && c.end <= o.end));
}
