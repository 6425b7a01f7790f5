import { PAY } from "./payment-methods";
import type { Scenario } from "./scenario-types";

/** REQ-INCOMPLETE requests (three completed later by a reply in the thread) and the three bars. */
export const GATE_AND_BAR_SCENARIOS: Scenario[] = [
  {
    key: "incomplete-everything-then-outage",
    expectedClause: "REQ-INCOMPLETE",
    customer: { accountRef: "ACC-20101", name: "Kevin O'Brien", email: "kobrien84@gmail.com", currency: "USD", payment: PAY.visa4242 },
    order: { ref: "ORD-400101", kind: "rented_number", service: "US rented number", phone: "+12125550143", country: "US", city: "New York", paidMinor: 1500, startDaysAgo: 12, days: 30 },
    outages: [{ reportedHoursAgo: 70, resolvedHoursAgo: 30, cause: "operator", note: "Carrier routing failure" }],
    email: {
      lang: "en", hoursAgo: 26, subject: "refund!!!",
      body: "I want my money back for ORD-400101. This is unacceptable, nobody could reach me.\n\nKevin",
    },
    reply: {
      hoursAgo: 20, completesTo: "VN-BAL-OUTAGE-24H",
      body: "Sorry, forgot the details. It's the US rented number +1 (212) 555-0143, I paid $15.00.\nThe number was not working for two days (I reported it on your chat).\nPlease refund to my balance, I paid with Visa ending 4242.\n\nKevin O'Brien",
    },
  },
  {
    key: "incomplete-no-payment-then-operator-block",
    expectedClause: "REQ-INCOMPLETE",
    customer: { accountRef: "ACC-20102", name: "Наталья Соколова", email: "n.sokolova@mail.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400102", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+74955553412", country: "RU", city: "Москва", paidMinor: 89000, startDaysAgo: 9, days: 30, status: "blocked_by_operator", statusHoursAgo: 60 },
    email: {
      lang: "ru", hoursAgo: 40, subject: "Номер заблокирован", encoding: "quoted-printable",
      body: "Здравствуйте!\nМой арендованный номер +7 495 555-34-12 заблокирован оператором, я ничего не нарушала.\nОплатила 890 руб. Прошу вернуть деньги.\n\nНаталья",
    },
    reply: {
      hoursAgo: 30, completesTo: "VN-BAL-OPERATOR-BLOCK",
      body: "Дополняю: деньги можно вернуть на мой баланс, оплата была картой МИР, последние 4 цифры 2201.\nЗаказ ORD-400102.",
    },
  },
  {
    key: "incomplete-no-amount-then-order-not-completed",
    expectedClause: "REQ-INCOMPLETE",
    customer: { accountRef: "ACC-20103", name: "Sophie Laurent", email: "sophie.laurent@orange.fr", currency: "EUR", payment: PAY.paypal },
    order: { ref: "ORD-400103", kind: "rented_number", service: "French virtual number", phone: "+33655501234", country: "FR", city: "Paris", paidMinor: 1290, startDaysAgo: 3, days: 30, status: "not_provided", statusHoursAgo: 60, notProvidedCause: "fulfilment_failure" },
    email: {
      lang: "en", hoursAgo: 50, subject: "Order not completed ORD-400103",
      body: "Hello,\nI ordered a French virtual number on your website 3 days ago and my order was never completed, the page still says 'processing'.\nPlease send the money back to my PayPal sophie.laurent@orange.fr\n\nBest regards,\nSophie Laurent",
    },
    reply: {
      hoursAgo: 44, completesTo: "VN-DIRECT-ORDER-NOT-COMPLETED",
      body: "Sorry I forgot: the amount is 12,90 €.\nSophie",
    },
  },
  {
    key: "incomplete-no-service-messy",
    expectedClause: "REQ-INCOMPLETE",
    customer: { accountRef: "ACC-20104", name: "Игорь Васильев", email: "igor.vasiliev77@yandex.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400104", kind: "rented_number", service: "Аренда номера (Россия)", phone: "+79165550177", country: "RU", city: "Москва", paidMinor: 59000, startDaysAgo: 20, days: 30 },
    outages: [{ reportedHoursAgo: 6, resolvedHoursAgo: null, cause: "unknown" }],
    email: { lang: "ru", hoursAgo: 5, subject: "верните деньги", body: "номер +7 916 555 01 77 опять не работает верните 590р на карту мир 2201" },
  },
  {
    key: "incomplete-only-account-other-address",
    expectedClause: "REQ-INCOMPLETE",
    customer: { accountRef: "ACC-20105", name: "Michael Brandt", email: "m.brandt@web.de", currency: "EUR", payment: PAY.sepa },
    order: { ref: "ORD-400105", kind: "rented_number", service: "German rented number", phone: "+4930555012345", country: "DE", city: "Berlin", paidMinor: 1490, startDaysAgo: 15, days: 30 },
    email: {
      lang: "en", hoursAgo: 8, subject: "Refund", from: "michael.brandt.work@gmail.com",
      body: "Hi, please refund my last order. Account ACC-20105.\n\nSent from my iPhone",
    },
  },
  {
    key: "bar-fraud-flagged-account",
    expectedClause: "VN-DENY-FRAUD",
    customer: { accountRef: "ACC-20201", name: "Jason Miller", email: "jm.trading.llc@outlook.com", currency: "USD", fraud: true, payment: PAY.btc },
    order: { ref: "ORD-400201", kind: "rented_number", service: "US rented number", phone: "+13055550188", country: "US", city: "Miami", paidMinor: 2500, startDaysAgo: 6, days: 30, status: "blocked_by_operator", statusHoursAgo: 50 },
    email: {
      lang: "en", hoursAgo: 30, subject: "Number blocked - want refund ORD-400201",
      body: "Your carrier blocked my rented number +1 305 555 0188 for no reason. I paid $25.00 and used it only for customer support calls.\nRefund me to my BTC wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 immediately or I open a dispute.",
    },
  },
  {
    key: "bar-provider-complaint",
    expectedClause: "VN-DENY-FRAUD",
    customer: { accountRef: "ACC-20202", name: "Артём Гончаров", email: "a.goncharov@bk.ru", currency: "RUB", complaint: true, payment: PAY.qiwi },
    order: { ref: "ORD-400202", kind: "rented_number", service: "Аренда номера (Казахстан)", phone: "+77275550312", country: "KZ", city: "Алматы", paidMinor: 120000, startDaysAgo: 14, days: 30, status: "blocked_by_operator", statusHoursAgo: 100 },
    email: {
      lang: "ru", hoursAgo: 70, subject: "Заблокировали номер", encoding: "quoted-printable",
      body: "Добрый день. Аренда номера +7 727 555 03 12 (заказ ORD-400202) заблокирована оператором.\nЯ оплатил 1 200 руб. Верните деньги на карту 4111 1111 1111 1111.\nАртём",
    },
  },
  {
    key: "bar-kyc-refused-en",
    expectedClause: "VN-DENY-KYC-REFUSED",
    customer: { accountRef: "ACC-20203", name: "Oliver Hughes", email: "oliver.hughes@btinternet.com", currency: "GBP", kyc: "refused", payment: PAY.mc5454 },
    order: { ref: "ORD-400203", kind: "rented_number", service: "German rented number", phone: "+4989555012399", country: "DE", city: "Munich", paidMinor: 1800, startDaysAgo: 4, days: 30, kycRequired: true },
    email: {
      lang: "en", hoursAgo: 28, subject: "Cancel my German number and refund",
      body: "Hello,\nyou are asking for a copy of my passport and proof of address to activate the German rented number (ORD-400203). I am not sending my passport to anyone, so I don't need the number anymore.\nPlease refund the £18.00 to my Mastercard ending 5454.\nOliver",
    },
  },
  {
    key: "bar-kyc-refused-ru",
    expectedClause: "VN-DENY-KYC-REFUSED",
    customer: { accountRef: "ACC-20204", name: "Елена Морозова", email: "morozova.elena@gmail.com", currency: "EUR", kyc: "refused", payment: PAY.sepa },
    order: { ref: "ORD-400204", kind: "rented_number", service: "Italian virtual number", phone: "+390655501288", country: "IT", city: "Roma", paidMinor: 2200, startDaysAgo: 5, days: 30, kycRequired: true },
    email: {
      lang: "ru", hoursAgo: 22, subject: "Возврат за итальянский номер",
      body: "Здравствуйте,\nвы требуете документы для активации виртуального номера +39 06 5550 1288, я не готова их предоставлять, поэтому номер мне больше не нужен.\nВерните, пожалуйста, 22 EUR на мой IBAN DE89 3704 0044 0532 0130 00.\nЕлена Морозова",
    },
  },
  {
    key: "bar-restrictions-ignored-en",
    expectedClause: "VN-DENY-RESTRICTIONS-IGNORED",
    customer: { accountRef: "ACC-20205", name: "Priya Sharma", email: "priya.sharma91@yahoo.com", currency: "USD", payment: PAY.paypal },
    order: { ref: "ORD-400205", kind: "rented_number", service: "UK SMS number", phone: "+442079460412", country: "GB", city: "London", paidMinor: 900, startDaysAgo: 8, days: 30, restrictionsIgnored: true },
    email: {
      lang: "en", hoursAgo: 12, subject: "SMS number doesn't get bank codes",
      body: "Hi team,\nI don't get any codes from my bank (Monzo) on the UK SMS number +44 20 7946 0412. I need a replacement or a refund of $9.00 to PayPal priya.sharma91@yahoo.com.\nThanks, Priya",
    },
  },
  {
    key: "bar-restrictions-ignored-ru",
    expectedClause: "VN-DENY-RESTRICTIONS-IGNORED",
    customer: { accountRef: "ACC-20206", name: "Дмитрий Кузнецов", email: "dkuznetsov@rambler.ru", currency: "RUB", payment: PAY.mir2201 },
    order: { ref: "ORD-400206", kind: "rented_number", service: "СМС номер (Россия)", phone: "+79035550466", country: "RU", city: "Москва", paidMinor: 45000, startDaysAgo: 2, days: 30, restrictionsIgnored: true },
    email: {
      lang: "ru", hoursAgo: 18, subject: "не приходят смс",
      body: "На смс номер +7 903 555-04-66 не приходят коды от Сбера. Хочу вернуть 450 руб на карту, последние 4 цифры 2201, или замените номер.",
    },
  },
];
