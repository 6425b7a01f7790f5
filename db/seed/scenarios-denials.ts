import { PAY } from "./payment-methods";
import type { Scenario } from "./scenario-types";

/** Number-specific denials: the client's own doing, "for registration" numbers, Caller ID, short outages. */
export const DENIAL_SCENARIOS: Scenario[] = [
  {
    key: "voluntary-disconnect-en",
    expectedClause: "VN-DENY-VOLUNTARY-DISCONNECT",
    customer: { accountRef: "ACC-20401", name: "Ryan Foster", email: "ryan.foster@gmail.com", currency: "USD", payment: PAY.visa4242 },
    order: { ref: "ORD-400401", kind: "rented_number", service: "US rented number", phone: "+17185550142", country: "US", city: "Brooklyn", paidMinor: 1500, startDaysAgo: 8, days: 30, status: "disconnected_by_client", statusHoursAgo: 96 },
    email: {
      lang: "en", hoursAgo: 30, subject: "Refund for remaining days",
      body: "Hey,\nI disconnected the rented number +1 718 555 0142 last week because my project ended. There are 20+ remaining days in the period, so please refund about $10.00 to my card ending 4242.\nRyan",
    },
  },
  {
    key: "voluntary-disconnect-ru",
    expectedClause: "VN-DENY-VOLUNTARY-DISCONNECT",
    customer: { accountRef: "ACC-20402", name: "Марина Федорова", email: "marina.fedorova@mail.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400402", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+74955550881", country: "RU", city: "Москва", paidMinor: 89000, startDaysAgo: 12, days: 30, status: "disconnected_by_client", statusHoursAgo: 50 },
    email: {
      lang: "ru", hoursAgo: 20, subject: "Возврат за неиспользованные дни", encoding: "quoted-printable",
      body: "Добрый день,\nя отключила арендованный номер +7 495 555-08-81 (ORD-400402), он мне больше не нужен. Прошу вернуть деньги за оставшиеся дни, примерно 540 руб., на карту, последние 4 цифры 2201.\nМарина",
    },
  },
  {
    key: "deleted-with-balance-en",
    expectedClause: "VN-DENY-DELETED-WITH-BALANCE",
    customer: { accountRef: "ACC-20403", name: "Thomas Wright", email: "t.wright@yahoo.co.uk", currency: "GBP", balanceMinor: 2350, payment: PAY.paypal },
    order: { ref: "ORD-400403", kind: "rented_number", service: "UK rented number", phone: "+441134960218", country: "GB", city: "Leeds", paidMinor: 1100, startDaysAgo: 40, days: 30, status: "deleted_by_client", statusHoursAgo: 200 },
    email: {
      lang: "en", hoursAgo: 46, subject: "Withdraw remaining balance",
      body: "Hello,\nI have deleted my UK rented number +44 113 496 0218 and all services. There is £23.50 of unused funds on my balance, I want this money back to PayPal t.wright@yahoo.co.uk.\nAccount ACC-20403.\nTom",
    },
  },
  {
    key: "deleted-with-balance-ru",
    expectedClause: "VN-DENY-DELETED-WITH-BALANCE",
    customer: { accountRef: "ACC-20404", name: "Виктор Орлов", email: "v.orlov@yandex.ru", currency: "RUB", balanceMinor: 315000, payment: PAY.qiwi },
    order: { ref: "ORD-400404", kind: "rented_number", service: "Аренда номера (Украина)", phone: "+380445550321", country: "UA", city: "Киев", paidMinor: 95000, startDaysAgo: 50, days: 30, status: "deleted_by_client", statusHoursAgo: 300 },
    email: {
      lang: "ru", hoursAgo: 52, subject: "Вывести деньги с баланса",
      body: "Я удалил аренду номера +380 44 555 0321 и больше не пользуюсь сервисом. Хочу вернуть остаток на балансе 3 150 руб.\nРеквизиты: р/с 40817810099910004312, БИК 044525225.\nАккаунт ACC-20404",
    },
  },
  {
    key: "registration-specific-service-en",
    expectedClause: "VN-DENY-REGISTRATION-SPECIFIC-SERVICE",
    customer: { accountRef: "ACC-20405", name: "Ahmed Hassan", email: "ahmed.hassan@outlook.com", currency: "USD", payment: PAY.visa1881 },
    order: { ref: "ORD-400405", kind: "rented_number", forRegistration: true, service: "US number for registration", phone: "+12025550164", country: "US", city: "Washington", paidMinor: 800, startDaysAgo: 5, days: 30 },
    sms: [
      { minutesAfterActivation: 30, sender: "Google", body: "G-482913 is your Google verification code." },
      { minutesAfterActivation: 90, sender: "Telegram", body: "Telegram code: 57210" },
    ],
    email: {
      lang: "en", hoursAgo: 16, subject: "WhatsApp code never arrives",
      body: "Hi,\nI bought a US number for registration (+1 202 555 0164). Google and Telegram codes arrive fine, but the code from WhatsApp never comes.\nPlease refund $8.00 to my Visa ending 1881.\nAhmed",
    },
  },
  {
    key: "registration-specific-service-ru",
    expectedClause: "VN-DENY-REGISTRATION-SPECIFIC-SERVICE",
    customer: { accountRef: "ACC-20406", name: "Ксения Попова", email: "ksenia.popova@gmail.com", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400406", kind: "rented_number", forRegistration: true, service: "Номер для регистрации (Россия)", phone: "+79265550412", country: "RU", city: "Москва", paidMinor: 30000, startDaysAgo: 3, days: 30 },
    sms: [
      { minutesAfterActivation: 12, sender: "VK", body: "Код подтверждения VK: 381920" },
      { minutesAfterActivation: 40, sender: "Avito", body: "Код для входа на Авито: 7712" },
    ],
    email: {
      lang: "ru", hoursAgo: 9, subject: "Не приходит код Тинькофф",
      body: "Здравствуйте, купила номер для регистрации +7 926 555-04-12. Все смс приходят, кроме Тинькофф, код так и не пришёл.\nВерните 300 руб. на карту МИР, последние 4 цифры 2201.",
    },
  },
  {
    key: "caller-id-en",
    expectedClause: "VN-DENY-CALLER-ID-TECHNICAL",
    customer: { accountRef: "ACC-20407", name: "Laura Schmidt", email: "laura.schmidt@t-online.de", currency: "EUR", payment: PAY.sepa },
    order: { ref: "ORD-400407", kind: "caller_id", service: "Caller ID service", phone: "+493055509876", country: "DE", city: "Berlin", paidMinor: 990, startDaysAgo: 6, days: 30 },
    email: {
      lang: "en", hoursAgo: 34, subject: "Caller ID not working",
      body: "Hello,\nI ordered the Caller ID service for +49 30 5550 9876 but the caller ID is not shown when I call my clients - they still see my mobile.\nI paid 9,90 €. Please refund via bank transfer, IBAN DE89 3704 0044 0532 0130 00.\nLaura Schmidt",
    },
  },
  {
    key: "caller-id-ru",
    expectedClause: "VN-DENY-CALLER-ID-TECHNICAL",
    customer: { accountRef: "ACC-20408", name: "Павел Зайцев", email: "pavel.zaitsev@bk.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400408", kind: "caller_id", service: "Подмена номера", phone: "+74955550999", country: "RU", city: "Москва", paidMinor: 49000, startDaysAgo: 2, days: 30 },
    email: {
      lang: "ru", hoursAgo: 14, subject: "Подмена номера не работает",
      body: "Подключил услугу подмены номера, но подмена номера не работает — у собеседников отображается мой реальный номер.\nЗаплатил 490 руб, верните на карту, последние 4 цифры 2201. Заказ ORD-400408.\nПавел",
    },
  },
  {
    key: "outage-exactly-24h",
    expectedClause: "VN-DENY-OUTAGE-UNDER-24H",
    customer: { accountRef: "ACC-20409", name: "Jessica Moore", email: "jess.moore@gmail.com", currency: "USD", payment: PAY.paypal },
    order: { ref: "ORD-400409", kind: "rented_number", service: "US rented number", phone: "+13125550177", country: "US", city: "Chicago", paidMinor: 1500, startDaysAgo: 9, days: 30 },
    outages: [{ reportedHoursAgo: 48, resolvedHoursAgo: 24, cause: "operator", note: "Exactly 24 hours: not more than 24" }],
    email: {
      lang: "en", hoursAgo: 20, subject: "Number down for a whole day",
      body: "My US rented number +1 312 555 0177 was not working for a whole day (ORD-400409). I paid $15.00 and want a refund to PayPal jess.moore@gmail.com.\nJessica",
    },
  },
  {
    key: "outage-short-plus-client-caused",
    expectedClause: "VN-DENY-OUTAGE-UNDER-24H",
    customer: { accountRef: "ACC-20410", name: "Роман Егоров", email: "roman.egorov@mail.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400410", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+78435550233", country: "RU", city: "Казань", paidMinor: 69000, startDaysAgo: 15, days: 30 },
    outages: [
      { reportedHoursAgo: 120, resolvedHoursAgo: 80, cause: "client", note: "Forwarding loop set up by the client" },
      { reportedHoursAgo: 30, resolvedHoursAgo: 20, cause: "company" },
    ],
    email: {
      lang: "ru", hoursAgo: 18, subject: "Номер не работал", encoding: "quoted-printable",
      body: "Добрый день. Арендованный номер +7 843 555-02-33 не работает то двое суток, то полдня. Оплачено 690 руб.\nПрошу вернуть деньги на карту, последние 4 цифры 2201.\nРоман",
    },
  },
];
