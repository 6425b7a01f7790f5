import type { Person } from "./make-people";
import type { Scenario } from "./scenario-types";

/** What a template's email is written from: the person and their order's particulars. */
export type Ctx = { p: Person; order: string; phone: string; amount: string; account: string };
/** An everyday request, less the person and order the seed draws for it. */
export type Template = Omit<Scenario, "key" | "customer" | "order" | "email"> & {
  order: Omit<Scenario["order"], "ref" | "phone" | "country" | "city" | "paidMinor">;
  email: (c: Ctx) => Omit<Scenario["email"], "lang">;
  price: Record<"en" | "ru", number>;
};

const RENTED = {
  kind: "rented_number",
  service: "rented number",
  startDaysAgo: 9,
  days: 30,
} as const;

// Everyday requests that make up most of the mailbox, in a few phrasings each.
export const TEMPLATES: Template[] = [
  {
    expectedClause: "GEN-DENY-CHANGED-MIND",
    order: RENTED,
    price: { en: 1500, ru: 89000 },
    email: (c) =>
      c.p.lang === "en"
        ? {
            hoursAgo: 15,
            subject: `Cancel ${c.order}`,
            body: `Hello,\nI no longer need the rented number ${c.phone} (${c.order}), I changed my mind.\nPlease refund ${c.amount} to my card ending 4242.\n${c.p.name}`,
          }
        : {
            hoursAgo: 15,
            subject: "Отмена аренды",
            body: `Добрый день! Передумал, аренда номера ${c.phone} больше не нужна. Верните ${c.amount} на карту, последние 4 цифры 2201.\n${c.p.name}`,
          },
  },
  {
    expectedClause: "DISP-DENY-SMS-SHOWN",
    price: { en: 50, ru: 1500 },
    order: {
      kind: "disposable_number",
      service: "disposable number",
      startDaysAgo: 0,
      days: 0,
      activatedMinutesAgo: 900,
    },
    sms: [
      {
        minutesAfterActivation: 3,
        sender: "Google",
        body: "G-771203 is your Google verification code.",
      },
    ],
    email: (c) =>
      c.p.lang === "en"
        ? {
            hoursAgo: 10,
            subject: "Code did not work",
            body: `The disposable number ${c.phone} got the code but Google says it is invalid, so the problem is on your side. Refund ${c.amount} to my card ending 4242 please.`,
          }
        : {
            hoursAgo: 10,
            subject: "Код не подошёл",
            body: `Одноразовый номер ${c.phone}: код пришёл, но Google пишет что неверный, проблема в номере. Верните ${c.amount} на карту, последние 4 цифры 2201.`,
          },
  },
  {
    expectedClause: "VN-BAL-OUTAGE-24H",
    order: RENTED,
    price: { en: 1500, ru: 75000 },
    outages: [{ reportedHoursAgo: 90, resolvedHoursAgo: 40, cause: "operator" }],
    email: (c) =>
      c.p.lang === "en"
        ? {
            hoursAgo: 35,
            subject: `Number not working - ${c.account}`,
            body: `Hi, my rented number ${c.phone} was not working for two days. I paid ${c.amount}. Credit it to my balance, card ending 4242.\n${c.p.name}`,
          }
        : {
            hoursAgo: 35,
            subject: "Номер не работал двое суток",
            body: `Арендованный номер ${c.phone} не работал больше двух суток. Оплачено ${c.amount} Верните на баланс, карта, последние 4 цифры 2201.`,
          },
  },
  {
    expectedClause: "VN-DENY-VOLUNTARY-DISCONNECT",
    price: { en: 1500, ru: 89000 },
    order: { ...RENTED, status: "disconnected_by_client", statusHoursAgo: 70 },
    email: (c) =>
      c.p.lang === "en"
        ? {
            hoursAgo: 25,
            subject: "Refund unused days",
            body: `I cancelled the rented number ${c.phone} early, please refund the unused days, ${c.amount}, to my card ending 4242.`,
          }
        : {
            hoursAgo: 25,
            subject: "Возврат за оставшиеся дни",
            body: `Я отключил аренду номера ${c.phone} раньше срока. Верните ${c.amount} за оставшиеся дни на карту, последние 4 цифры 2201.`,
          },
  },
  {
    expectedClause: "VN-BAL-OPERATOR-BLOCK",
    price: { en: 1500, ru: 89000 },
    order: { ...RENTED, status: "blocked_by_operator", statusHoursAgo: 40 },
    email: (c) =>
      c.p.lang === "en"
        ? {
            hoursAgo: 30,
            subject: `${c.order} blocked`,
            body: `The operator blocked my rented number ${c.phone}. I paid ${c.amount}; please refund the rest to my balance (card ending 4242).`,
          }
        : {
            hoursAgo: 30,
            subject: "Номер заблокирован оператором",
            body: `Оператор заблокировал арендованный номер ${c.phone} (${c.order}). Оплачено ${c.amount} Верните остаток на баланс, карта, последние 4 цифры 2201.`,
          },
  },
];
