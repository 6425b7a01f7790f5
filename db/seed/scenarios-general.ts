import { PAY } from "./payment-methods";
import type { Scenario } from "./scenario-types";

/** General denials, the disposable-number rules and the payment-method clauses. */
export const GENERAL_SCENARIOS: Scenario[] = [
  {
    key: "changed-mind-en",
    expectedClause: "GEN-DENY-CHANGED-MIND",
    customer: { accountRef: "ACC-20501", name: "Megan Clarke", email: "megan.clarke@gmail.com", currency: "GBP", payment: PAY.mc5454 },
    order: { ref: "ORD-400501", kind: "rented_number", service: "UK rented number", phone: "+441174960561", country: "GB", city: "Bristol", paidMinor: 1100, startDaysAgo: 1, days: 30 },
    email: {
      lang: "en", hoursAgo: 12, subject: "Please cancel and refund",
      body: "Hi there,\nI ordered a UK rented number yesterday (ORD-400501) but I changed my mind, I don't need it anymore.\nCan I get my £11.00 back to my Mastercard ending 5454?\nMegan",
    },
  },
  {
    key: "changed-mind-ru",
    expectedClause: "GEN-DENY-CHANGED-MIND",
    customer: { accountRef: "ACC-20502", name: "Юлия Волкова", email: "yulia.volkova@yandex.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400502", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+74955550712", country: "RU", city: "Москва", paidMinor: 89000, startDaysAgo: 0.3, days: 30 },
    email: {
      lang: "ru", hoursAgo: 4, subject: "Передумала", encoding: "quoted-printable",
      body: "Здравствуйте! Сегодня оплатила аренду номера +7 495 555-07-12, но передумала. Верните пожалуйста 890 руб на карту МИР, последние 4 цифры 2201.\nС уважением, Юлия",
    },
  },
  {
    key: "accidental-topup-en",
    expectedClause: "GEN-DENY-ACCIDENTAL-TOPUP",
    customer: { accountRef: "ACC-20503", name: "Brandon Lee", email: "brandon.lee@gmail.com", currency: "USD", balanceMinor: 5000, payment: PAY.visa4242 },
    order: { ref: "ORD-400503", kind: "topup", service: "Balance top-up", paidMinor: 5000, startDaysAgo: 1, days: 0 },
    email: {
      lang: "en", hoursAgo: 20, subject: "Topped up by mistake",
      body: "Hello, I wanted to add $5 for my virtual number rental but accidentally topped up my balance with $50.00 (ORD-400503). Please return it to my Visa card ending 4242.\nBrandon",
    },
  },
  {
    key: "accidental-topup-ru",
    expectedClause: "GEN-DENY-ACCIDENTAL-TOPUP",
    customer: { accountRef: "ACC-20504", name: "Николай Белов", email: "nikolay.belov@mail.ru", currency: "RUB", balanceMinor: 450000, payment: PAY.qiwi },
    order: { ref: "ORD-400504", kind: "topup", service: "Пополнение баланса", paidMinor: 450000, startDaysAgo: 2, days: 0 },
    email: {
      lang: "ru", hoursAgo: 30, subject: "Оплатил дважды",
      body: "Добрый день, хотел оплатить аренду номера, но случайно пополнил баланс два раза по 4 500 руб. (заказ ORD-400504). Верните лишние 4 500 руб на QIWI: +79165550101\nНиколай",
    },
  },
  {
    key: "misunderstanding-en",
    expectedClause: "GEN-DENY-MISUNDERSTANDING",
    customer: { accountRef: "ACC-20505", name: "Olivia Martin", email: "olivia.martin@aol.com", currency: "USD", payment: PAY.paypal },
    order: { ref: "ORD-400505", kind: "rented_number", service: "US toll free number", phone: "+18885550123", country: "US", city: "Toll free", paidMinor: 2500, startDaysAgo: 3, days: 30 },
    email: {
      lang: "en", hoursAgo: 26, subject: "This is not what I expected",
      body: "Hi,\nI thought the toll free number +1 888 555 0123 would work like a normal mobile with WhatsApp on my phone. It's not what I expected and I don't understand how to use it.\nI'd like my $25.00 back on PayPal olivia.martin@aol.com\nOlivia",
    },
  },
  {
    key: "misunderstanding-ru",
    expectedClause: "GEN-DENY-MISUNDERSTANDING",
    customer: { accountRef: "ACC-20506", name: "Галина Степанова", email: "galina.stepanova@inbox.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400506", kind: "rented_number", service: "Виртуальный номер (Германия)", phone: "+4915755501234", country: "DE", city: "Berlin", paidMinor: 99000, startDaysAgo: 5, days: 30 },
    email: {
      lang: "ru", hoursAgo: 40, subject: "Не разобралась",
      body: "Я думала, что виртуальный номер будет как сим-карта в телефоне, а нужно какое-то приложение. Не поняла, как этим пользоваться.\nВерните 990 руб. на карту, последние 4 цифры 2201. Номер +49 157 5550 1234.",
    },
  },
  {
    key: "disposable-auto-refunded",
    expectedClause: "DISP-AUTO-NO-SMS",
    customer: { accountRef: "ACC-20507", name: "Mateo Garcia", email: "mateo.garcia@gmail.com", currency: "USD", payment: PAY.usdt },
    order: { ref: "ORD-400507", kind: "disposable_number", service: "Disposable number (Telegram)", phone: "+442079460876", country: "GB", city: "London", paidMinor: 45, startDaysAgo: 0, days: 0, activatedMinutesAgo: 180, autoRefundAfterMinutes: 17 },
    email: {
      lang: "en", hoursAgo: 2, subject: "disposable number no sms",
      body: "I paid $0.45 for a disposable number for Telegram, +44 20 7946 0876, and the SMS never came. Refund to balance pls. I paid with USDT from TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
    },
  },
  {
    key: "disposable-missed-automation",
    expectedClause: "DISP-AUTO-NO-SMS",
    customer: { accountRef: "ACC-20508", name: "Максим Соловьёв", email: "max.soloviev@gmail.com", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400508", kind: "disposable_number", service: "Одноразовый номер (Avito)", phone: "+79855550323", country: "RU", city: "Москва", paidMinor: 1800, startDaysAgo: 0, days: 0, activatedMinutesAgo: 60 },
    email: {
      lang: "ru", hoursAgo: 0.5, subject: "Смс не пришло, деньги не вернулись",
      body: "Купил одноразовый номер +7 985 555-03-23 для Авито, смс не пришло уже час, таблица пустая, а деньги 18 руб. не вернулись. Верните на баланс. Карта МИР, последние 4 цифры 2201.",
    },
  },
  {
    key: "disposable-sms-shown-en",
    expectedClause: "DISP-DENY-SMS-SHOWN",
    customer: { accountRef: "ACC-20509", name: "Chloe Bennett", email: "chloe.bennett@gmail.com", currency: "USD", payment: PAY.visa4242 },
    order: { ref: "ORD-400509", kind: "disposable_number", service: "Disposable number (Instagram)", phone: "+12135550147", country: "US", city: "Los Angeles", paidMinor: 60, startDaysAgo: 0, days: 0, activatedMinutesAgo: 600 },
    sms: [{ minutesAfterActivation: 2, sender: "Instagram", body: "Use 284 109 to verify your Instagram account." }],
    email: {
      lang: "en", hoursAgo: 8, subject: "Instagram account banned after registration",
      body: "I used your disposable number +1 213 555 0147 to register on Instagram, the code came, but the account got banned an hour later because of your number. Please refund my $0.60 to my card ending 4242.",
    },
  },
  {
    key: "disposable-sms-shown-ru",
    expectedClause: "DISP-DENY-SMS-SHOWN",
    customer: { accountRef: "ACC-20510", name: "Денис Михайлов", email: "denis.mikhailov@rambler.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400510", kind: "disposable_number", service: "Одноразовый номер (VK)", phone: "+79775550918", country: "RU", city: "Москва", paidMinor: 1200, startDaysAgo: 0, days: 0, activatedMinutesAgo: 1500 },
    sms: [{ minutesAfterActivation: 1, sender: "VK", body: "VK: 552 031 — код для регистрации." }],
    email: {
      lang: "ru", hoursAgo: 20, subject: "Не могу войти в аккаунт",
      body: "Регистрировался через одноразовый номер +7 977 555-09-18, код пришёл, а теперь ВК просит код снова и я не могу войти из-за этого. Верните 12 руб на карту МИР, последние 4 цифры 2201.",
    },
  },
  {
    key: "pay-direct-card",
    expectedClause: "PAY-DIRECT-PERSONAL-REQUEST",
    alsoCites: ["VN-DIRECT-ORDER-NOT-COMPLETED"],
    customer: { accountRef: "ACC-20511", name: "Nathan Brooks", email: "nathan.brooks@gmail.com", currency: "USD", payment: PAY.visa4242 },
    order: { ref: "ORD-400511", kind: "rented_number", service: "Australian rented number", phone: "+61255501234", country: "AU", city: "Sydney", paidMinor: 2200, startDaysAgo: 2, days: 30, status: "not_provided", statusHoursAgo: 40, notProvidedCause: "fulfilment_failure" },
    email: {
      lang: "en", hoursAgo: 36, subject: "Order ORD-400511 not completed - refund to card",
      body: "Hello,\nthe Australian rented number I ordered on your website was never delivered, the order failed.\nI paid $22.00. Please refund it directly to my Visa card ending 4242, not to the balance.\nNathan Brooks",
    },
  },
  {
    key: "pay-direct-iban-provider-fault",
    expectedClause: "PAY-DIRECT-PERSONAL-REQUEST",
    alsoCites: ["VN-DIRECT-PROVIDER-FAULT"],
    customer: { accountRef: "ACC-20512", name: "Pierre Dubois", email: "pierre.dubois@free.fr", currency: "EUR", payment: PAY.sepa },
    order: { ref: "ORD-400512", kind: "rented_number", service: "Spanish rented number", phone: "+34915550123", country: "ES", city: "Madrid", paidMinor: 1500, startDaysAgo: 5, days: 30, replacementAvailable: false },
    outages: [{ reportedHoursAgo: 12, resolvedHoursAgo: null, cause: "local_provider" }],
    email: {
      lang: "en", hoursAgo: 11, subject: "spanish number stopped working",
      body: "hello\nmy spanish rented number +34 91 555 0123 stopped working, your support says it is a fault of the local provider and no other madrid number is available.\ni paid 15 eur. please wire the money to my bank account IBAN FR14 2004 1010 0505 0001 3M02 606\nmerci, Pierre",
    },
  },
  {
    key: "pay-no-refund-method-btc",
    expectedClause: "PAY-NO-REFUND-METHOD",
    alsoCites: ["VN-DIRECT-ORDER-NOT-COMPLETED", "PAY-DIRECT-PERSONAL-REQUEST"],
    customer: { accountRef: "ACC-20513", name: "Ethan Walker", email: "ethan.walker@tutanota.com", currency: "USD", payment: PAY.btc },
    order: { ref: "ORD-400513", kind: "rented_number", service: "Dutch rented number", phone: "+31205550123", country: "NL", city: "Amsterdam", paidMinor: 1800, startDaysAgo: 3, days: 30, status: "not_provided", statusHoursAgo: 60, notProvidedCause: "fulfilment_failure" },
    email: {
      lang: "en", hoursAgo: 55, subject: "Order not fulfilled, refund in BTC",
      body: "The Dutch rented number order ORD-400513 was not fulfilled. I paid $18.00 in bitcoin.\nSend the refund back to my BTC wallet bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 please.",
    },
  },
  {
    key: "pay-no-refund-method-qiwi",
    expectedClause: "PAY-NO-REFUND-METHOD",
    alsoCites: ["VN-DIRECT-ORDER-NOT-COMPLETED", "PAY-DIRECT-PERSONAL-REQUEST"],
    customer: { accountRef: "ACC-20514", name: "Татьяна Ковалёва", email: "t.kovaleva@mail.ru", currency: "RUB", payment: PAY.qiwi },
    order: { ref: "ORD-400514", kind: "rented_number", service: "Аренда номера (Грузия)", phone: "+995322555012", country: "GE", city: "Тбилиси", paidMinor: 130000, startDaysAgo: 4, days: 30, status: "not_provided", statusHoursAgo: 90, notProvidedCause: "fulfilment_failure" },
    email: {
      lang: "ru", hoursAgo: 80, subject: "Заказ не выполнен, верните на счёт", encoding: "quoted-printable",
      body: "Здравствуйте,\nоплатила через QIWI аренду номера в Тбилиси (ORD-400514), но заказ не выполнен.\nСумма 1 300 руб. QIWI закрыли, поэтому прошу перечислить на банковский счёт: р/с 40817810099910004312, БИК 044525225, получатель Ковалёва Татьяна.\nТатьяна",
    },
  },
];
