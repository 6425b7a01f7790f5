import { beforeAll, describe, expect, it } from "vitest";
import { detectDirectRequest } from "./detect-direct-request";
import { detectLanguage } from "./detect-language";
import { extractPhoneNumbers } from "./extract-phone-numbers";
import { extractReferences } from "./extract-references";
import { extractServiceName, extractTargetService } from "./extract-service-name";
import { sharedModels } from "./learn/models";

// The models train at a process's first extraction (seconds on a busy machine), not in a test's time.
beforeAll(() => void sharedModels(), 120_000);

describe("detectDirectRequest (learnt from the training set)", () => {
  it.each<[string, boolean]>([
    ["Please refund to my card", true],
    ["send the money back to my PayPal", true],
    ["верните деньги на карту", true],
    ["Please refund the £12.00 to my bank: IBAN …", true],
    ["please refund to my balance", false],
    ["верните на баланс", false],
    ["Please refund it.", false],
  ])("%s → %s", (text, direct) => {
    expect(detectDirectRequest("Refund", text).value).toBe(direct);
  });

  it("shows the phrase that asks, when a pattern agrees with the classifier", () => {
    const body = "My number died. Please refund the money to my card ending 4242.";
    const x = detectDirectRequest("Refund", body);
    expect(x.value).toBe(true);
    expect(x.span && body.slice(x.span.start, x.span.end)).toMatch(/refund .* to my card/);
  });
});

describe("detectLanguage", () => {
  it("detects Russian, Ukrainian and English", () => {
    expect(detectLanguage("Здравствуйте, верните деньги").value).toBe("ru");
    expect(
      detectLanguage("Прошу повернути кошти, дякую. Її номер не працює, є проблема").value,
    ).toBe("uk");
    expect(detectLanguage("Please refund my number").value).toBe("en");
    expect(
      detectLanguage(
        "Bitte erstatten Sie mir das Geld, die Nummer ist nicht aktiv und ich habe bezahlt",
      ).value,
    ).toBe("de");
    expect(detectLanguage("12345").value).toBe("en");
  });
});

describe("extractPhoneNumbers", () => {
  it("normalises to E.164, dedupes, skips excluded spans", () => {
    const text = "Numbers +44 7911 123456 and +44 7911 123456, card 4242 4242 4242 4242";
    expect(
      extractPhoneNumbers(text, { exclude: [{ start: 52, end: 71 }] }).map((p) => p.value),
    ).toEqual(["+447911123456"]);
    expect(
      extractPhoneNumbers("звоните 8 (916) 123-45-67", { countries: ["RU"] }).map((p) => p.value),
    ).toEqual(["+79161234567"]);
  });

  it("takes the fiction ranges customers use, not short digit runs or text past the own words", () => {
    expect(extractPhoneNumbers("call 07700 900461", { countries: ["GB"] })[0]?.value).toBe(
      "+447700900461",
    );
    expect(extractPhoneNumbers("задержка 10-15 минут", { countries: ["DE"] })).toEqual([]);
    const text = "Hi\n\n---------- Forwarded message ----------\nSupport: +44 20 7946 0958";
    expect(extractPhoneNumbers(text, { end: 4 })).toEqual([]);
  });
});

describe("extractReferences", () => {
  it("reads our formats and customers' paraphrases", () => {
    const refs = extractReferences(
      "Order ORD-123456 and order #654321, заказ № 777888; account id 12345",
      "Re: [RR-2026-000123]",
    );
    expect(refs.orderRefs.map((r) => r.value)).toEqual(["ORD-123456", "ORD-654321", "ORD-777888"]);
    expect(refs.requestRef).toMatchObject({ value: "RR-2026-000123", span: null });
    expect(refs.accountRef.value).toBe("ACC-12345");
    expect(extractReferences("ACC-5001", "").accountRef.span?.text).toBe("ACC-5001");
  });
});

describe("extractServiceName", () => {
  it.each<[string, string | null]>([
    ["I bought a +44 rented number for registration", "+44 rented number for registration"],
    ["The disposable number got no SMS", "disposable number"],
    ["Caller ID is not working", "Caller ID"],
    ["Я купил одноразовый номер", "одноразовый номер"],
    ["Арендовал номер для регистрации", "номер для регистрации"],
    ["хотел оплатить SMS-номер", "SMS-номер"],
    ["оплатила через QIWI аренду номера в Тбилиси", "аренду номера в Тбилиси"],
    ["I rented a UK number from you", "UK number"],
    ["Купила номер Испании на 30 дней", "номер Испании"],
    ["bought a one-use number for Tinder", "one-use number for Tinder"],
    ["my number ORD-123456 is dead", null],
    ["I paid via ABUK rented number", "rented number"],
    // The serviceName convention: a number with nothing describing it names no product.
    ["I deleted all my numbers and two numbers more", null],
    ["Мне номер больше не нужен, отключил три номера", null],
    ["please refund my phone number +44 7700 900123", null],
    ["the company registration number is 12345678", null],
    ["Я арендовал номер, верните деньги", null],
    ["I rented a Spanish telephone number", "Spanish telephone number"],
    ["номер телефона Латвии не работает", "номер телефона Латвии"],
    ["my New York number is dead", "New York number"],
    ["ОПЛАТИЛ НОМЕР РОССИИ НА МЕСЯЦ", "НОМЕР РОССИИ"],
    [
      "взяла польский номер с пометкой «Для регистрации». Смс",
      "польский номер с пометкой «Для регистрации»",
    ],
    ['I rent a number labelled "For registration" from you', 'number labelled "For registration"'],
    ["Номер питерский, +7 812", "Номер питерский"],
    ["У нас в аренде номер +7 495", "в аренде номер"],
    ["На смс номер +7 903 555-04-66 не приходят коды", "смс номер"],
  ])("%s", (text, name) => {
    expect(extractServiceName(text, "").value).toBe(name);
  });

  it.each<[string, string, "top_up" | "balance" | "caller_id"]>([
    ["I deleted my UK number; please return the remaining balance", "remaining balance", "balance"],
    ["Удалил номер Германии, остаток на балансе 300 руб.", "остаток на балансе", "balance"],
    ["There is €41.20 of credit left", "credit", "balance"],
    ["I topped up my account balance by mistake", "topped up my account balance", "top_up"],
    ["случайно пополнила у вас баланс на 500", "пополнила у вас баланс", "top_up"],
    ["Подключил подмену номера на свой московский номер", "подмену номера", "caller_id"],
  ])("%s (about %s)", (text, name, about) => {
    expect(extractServiceName(text, "", { about }).value).toBe(name);
  });

  it("takes the claim's wording from the subject before a product of the body", () => {
    expect(
      extractServiceName("I deleted my UK number.", "Refund of remaining balance", {
        about: "balance",
      }),
    ).toMatchObject({ value: "remaining balance", span: null });
    expect(extractServiceName("I deleted my UK number.", "Refund").value).toBe("UK number");
    expect(extractServiceName("there is credit on it", "").value).toBeNull();
  });

  it("falls back to the subject with no span, and names the target service", () => {
    expect(extractServiceName("refund please", "Virtual number refund")).toMatchObject({
      value: "Virtual number",
      span: null,
    });
    expect(extractTargetService("the code from Telegram never comes", "").value).toBe("Telegram");
  });
});
