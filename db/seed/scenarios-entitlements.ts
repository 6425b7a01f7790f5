import { PAY } from "./payment-methods";
import type { Scenario } from "./scenario-types";

/** The five number entitlements, with the outage edge cases VN-BAL-OUTAGE-24H must merge correctly. */
export const ENTITLEMENT_SCENARIOS: Scenario[] = [
  {
    key: "outage-36h-resolved",
    expectedClause: "VN-BAL-OUTAGE-24H",
    customer: { accountRef: "ACC-20301", name: "Emily Carter", email: "emily.carter@icloud.com", currency: "USD", payment: PAY.visa4242 },
    order: { ref: "ORD-400301", kind: "rented_number", service: "US rented number", phone: "+14155550126", country: "US", city: "San Francisco", paidMinor: 1500, startDaysAgo: 10, days: 30 },
    outages: [{ reportedHoursAgo: 60, resolvedHoursAgo: 24, cause: "operator" }],
    email: {
      lang: "en", hoursAgo: 20, subject: "Rented number was down for a day and a half",
      body: "Hi,\nmy US rented number +1 415-555-0126 (order ORD-400301) stopped working on Monday and only came back yesterday, about 36 hours.\nI paid $15.00 for the month. Please compensate the downtime to my account balance; the payment was made with my Visa ending 4242.\n\nThanks,\nEmily",
    },
  },
  {
    key: "outage-overlapping-reports",
    expectedClause: "VN-BAL-OUTAGE-24H",
    customer: { accountRef: "ACC-20302", name: "Lukas Becker", email: "lukas.becker@gmx.de", currency: "EUR", payment: PAY.sepa },
    order: { ref: "ORD-400302", kind: "rented_number", service: "German rented number", phone: "+4940555017788", country: "DE", city: "Hamburg", paidMinor: 1490, startDaysAgo: 18, days: 30 },
    outages: [
      { reportedHoursAgo: 70, resolvedHoursAgo: 50, cause: "local_provider" },
      { reportedHoursAgo: 55, resolvedHoursAgo: 40, cause: "local_provider", note: "Second ticket for the same fault" },
    ],
    email: {
      lang: "en", hoursAgo: 36, subject: "Number not working for more than 24 hours",
      body: "Hello,\nI reported twice that my German rented number +49 40 5550 17788 was not working. In total it was down more than 24 hours.\nI paid 14,90 EUR. Please credit the lost time back to my balance. My IBAN for your records: DE89 3704 0044 0532 0130 00\nLukas Becker",
    },
  },
  {
    key: "outage-unresolved-30h",
    expectedClause: "VN-BAL-OUTAGE-24H",
    customer: { accountRef: "ACC-20303", name: "Ольга Смирнова", email: "olga.smirnova@mail.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400303", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+78125550290", country: "RU", city: "Санкт-Петербург", paidMinor: 69000, startDaysAgo: 7, days: 30 },
    outages: [{ reportedHoursAgo: 30, resolvedHoursAgo: null, cause: "company" }],
    email: {
      lang: "ru", hoursAgo: 2, subject: "Номер не работает больше суток", encoding: "quoted-printable",
      body: "Здравствуйте.\nАрендованный номер +7 812 555-02-90 не работает уже более суток, заявку я оставила вчера.\nОплачено 690 руб. Прошу вернуть деньги на баланс, оплачивала картой МИР, последние 4 цифры 2201.\nОльга",
    },
  },
  {
    key: "outage-touching-reports",
    expectedClause: "VN-BAL-OUTAGE-24H",
    customer: { accountRef: "ACC-20304", name: "Hannah Wilson", email: "hannah.wilson@hotmail.co.uk", currency: "GBP", payment: PAY.paypal },
    order: { ref: "ORD-400304", kind: "rented_number", service: "UK rented number", phone: "+441614960733", country: "GB", city: "Manchester", paidMinor: 1100, startDaysAgo: 16, days: 30 },
    outages: [
      { reportedHoursAgo: 100, resolvedHoursAgo: 80, cause: "operator" },
      { reportedHoursAgo: 80, resolvedHoursAgo: 70, cause: "operator", note: "Reopened the moment it was closed" },
    ],
    email: {
      lang: "en", hoursAgo: 60, subject: "UK number outage ORD-400304",
      body: "Dear support,\nyour engineers closed my ticket and the UK rented number stopped working again straight away - 30 hours without calls in total.\nI paid £11.00. Refund to balance please. PayPal on file: hannah.wilson@hotmail.co.uk\nHannah",
    },
  },
  {
    key: "operator-block-en",
    expectedClause: "VN-BAL-OPERATOR-BLOCK",
    customer: { accountRef: "ACC-20305", name: "Carlos Mendoza", email: "carlos.mendoza@gmail.com", currency: "USD", payment: PAY.visa1881 },
    order: { ref: "ORD-400305", kind: "rented_number", service: "Mexican rented number", phone: "+525555501234", country: "MX", city: "Ciudad de México", paidMinor: 2000, startDaysAgo: 10, days: 30, status: "blocked_by_operator", statusHoursAgo: 72 },
    email: {
      lang: "en", hoursAgo: 48, subject: "My number was blocked by the operator",
      body: "Hi,\nmy Mexican rented number +52 55 5550 1234 was blocked by the local operator 3 days ago. I only used it for my family.\nI paid $20.00. Please return the unused part to my balance. Card: Visa ending 1881.\nCarlos",
    },
  },
  {
    key: "operator-block-ru",
    expectedClause: "VN-BAL-OPERATOR-BLOCK",
    customer: { accountRef: "ACC-20306", name: "Сергей Павлов", email: "s.pavlov@yandex.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400306", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+73835550144", country: "RU", city: "Новосибирск", paidMinor: 75000, startDaysAgo: 20, days: 30, status: "blocked_by_operator", statusHoursAgo: 30 },
    email: {
      lang: "ru", hoursAgo: 24, subject: "Оператор отключил номер",
      body: "Добрый день!\nОператор заблокировал мой арендованный номер +7 383 555-01-44 (ORD-400306), причина мне неизвестна.\nСтоимость 750 руб. Прошу вернуть остаток на баланс. Карта МИР, заканчивается на 2201.",
    },
  },
  {
    key: "not-provided-en",
    expectedClause: "VN-BAL-NOT-PROVIDED",
    customer: { accountRef: "ACC-20307", name: "Grace Thompson", email: "grace.t@protonmail.com", currency: "GBP", payment: PAY.mc5454 },
    order: { ref: "ORD-400307", kind: "rented_number", service: "Japanese virtual number", phone: "+81355501234", country: "JP", city: "Tokyo", paidMinor: 3200, startDaysAgo: 4, days: 30, status: "not_provided", statusHoursAgo: 80, notProvidedCause: "beyond_control" },
    email: {
      lang: "en", hoursAgo: 70, subject: "Japanese number never provided",
      body: "Hello,\nI paid £32.00 for a Japanese virtual number (ORD-400307) four days ago but the number was never provided. Your chat said the regulator stopped new numbers.\nPlease refund me, Mastercard ending 5454.\nGrace Thompson",
    },
  },
  {
    key: "not-provided-ru",
    expectedClause: "VN-BAL-NOT-PROVIDED",
    customer: { accountRef: "ACC-20308", name: "Анна Лебедева", email: "anna.lebedeva@inbox.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400308", kind: "rented_number", service: "Аренда номера (Беларусь)", phone: "+375175550123", country: "BY", city: "Минск", paidMinor: 110000, startDaysAgo: 6, days: 30, status: "not_provided", statusHoursAgo: 120, notProvidedCause: "beyond_control" },
    email: {
      lang: "ru", hoursAgo: 100, subject: "Номер так и не выдали", encoding: "quoted-printable",
      body: "Здравствуйте,\nя оплатила аренду номера в Минске (заказ ORD-400308), но номер так и не был предоставлен.\nСумма 1 100 руб. Верните на баланс, пожалуйста. Оплата картой МИР, последние 4 цифры 2201.\nАнна",
    },
  },
  {
    key: "order-not-completed-balance",
    expectedClause: "VN-DIRECT-ORDER-NOT-COMPLETED",
    customer: { accountRef: "ACC-20309", name: "Daniel Kim", email: "daniel.kim@gmail.com", currency: "USD", payment: PAY.visa4242 },
    order: { ref: "ORD-400309", kind: "rented_number", service: "Canadian rented number", phone: "+14165550199", country: "CA", city: "Toronto", paidMinor: 1700, startDaysAgo: 2, days: 30, status: "not_provided", statusHoursAgo: 44, notProvidedCause: "fulfilment_failure" },
    email: {
      lang: "en", hoursAgo: 40, subject: "Paid but order stuck",
      body: "Hi, I paid $17.00 for a Canadian rented number (ORD-400309) but the order has not been completed, it's stuck in pending since Tuesday.\nBalance is fine, I paid with Visa ending 4242.\nDaniel",
    },
  },
  {
    key: "provider-fault-no-replacement",
    expectedClause: "VN-DIRECT-PROVIDER-FAULT",
    customer: { accountRef: "ACC-20310", name: "Isabella Rossi", email: "isabella.rossi@libero.it", currency: "EUR", payment: PAY.paypal },
    order: { ref: "ORD-400310", kind: "rented_number", service: "Italian rented number", phone: "+390255501777", country: "IT", city: "Milano", paidMinor: 1900, startDaysAgo: 11, days: 30, replacementAvailable: false },
    outages: [{ reportedHoursAgo: 8, resolvedHoursAgo: null, cause: "local_provider", note: "Provider withdrew the number range" }],
    email: {
      lang: "en", hoursAgo: 6, subject: "Milan number dead, no replacement?",
      body: "Buongiorno,\nyour support told me the Italian rented number +39 02 5550 1777 stopped working because of the local provider's problem and you cannot replace it with another Milan number.\nI paid 19 EUR. Please refund to my balance. PayPal: isabella.rossi@libero.it\nIsabella",
    },
  },
  {
    key: "provider-fault-long-direct",
    expectedClause: "VN-DIRECT-PROVIDER-FAULT",
    alsoCites: ["VN-BAL-OUTAGE-24H", "PAY-DIRECT-PERSONAL-REQUEST"],
    customer: { accountRef: "ACC-20311", name: "Алексей Новиков", email: "alex.novikov@gmail.com", currency: "EUR", payment: PAY.visa1881 },
    order: { ref: "ORD-400311", kind: "rented_number", service: "Аренда номера (Латвия)", phone: "+37167555012", country: "LV", city: "Рига", paidMinor: 1600, startDaysAgo: 14, days: 30, replacementAvailable: false },
    outages: [{ reportedHoursAgo: 50, resolvedHoursAgo: null, cause: "local_provider" }],
    email: {
      lang: "ru", hoursAgo: 10, subject: "Сбой у провайдера, номер не работает 2 дня",
      body: "Здравствуйте!\nАрендованный номер +371 6755 5012 не работает уже двое суток из-за сбоя местного провайдера, замены в Риге нет.\nЗаплатил 16 EUR. Верните деньги на карту Visa, заканчивается на 1881, не на баланс.\nАлексей",
    },
  },
];
