import type { Faker } from "@faker-js/faker";
import { makePerson, makePhone, type Market } from "./make-people";
import { PAY } from "./payment-methods";
import type {
  Currency,
  ScenarioCustomer,
  ScenarioOrder,
  ScenarioOutage,
  ScenarioSms,
} from "./scenario-types";

export type HistoryOrder = { order: ScenarioOrder; outages: ScenarioOutage[]; sms: ScenarioSms[] };

const MARKET_OF: Record<Currency, Market> = { USD: "us", GBP: "gb", EUR: "de", RUB: "ru" };
const QUIET_MARKETS: Market[] = ["us", "ru", "gb", "de", "ru", "us", "de", "ru"];

/** Customers who have not written in: they make the account list look lived-in and exercise the flags. */
export function quietCustomers(
  fakers: Record<Market, Faker>,
  taken: Set<string>,
): ScenarioCustomer[] {
  const methods = [
    PAY.visa4242,
    PAY.paypal,
    PAY.mc5454,
    PAY.sepa,
    PAY.voucher,
    PAY.btc,
    PAY.mir2201,
    PAY.qiwi,
  ];
  return QUIET_MARKETS.map((market, i) => {
    const p = makePerson(fakers, market, taken);
    return {
      accountRef: `ACC-${10001 + i}`,
      name: p.name,
      email: p.email,
      currency: p.currency,
      balanceMinor: i % 3 === 0 ? 0 : fakers[market].number.int({ min: 1, max: 80 }) * 100,
      kyc: (["not_required", "verified", "pending", "not_required"] as const)[i % 4],
      fraud: i === 5,
      complaint: i === 6,
      payment: methods[i % methods.length]!,
    };
  });
}

/** Past orders (expired rentals, top-ups, used disposable numbers) for about half of the accounts. */
export function historyOrders(
  f: Faker,
  customer: ScenarioCustomer,
  nextRef: () => string,
): HistoryOrder[] {
  if (!f.datatype.boolean(0.6)) return [];
  const market = MARKET_OF[customer.currency];
  const rub = customer.currency === "RUB" ? 60 : 1;
  return Array.from({ length: f.number.int({ min: 1, max: 3 }) }, (): HistoryOrder => {
    const kind = f.helpers.weightedArrayElement([
      { weight: 5, value: "rented_number" as const },
      { weight: 3, value: "topup" as const },
      { weight: 2, value: "disposable_number" as const },
    ]);
    const ref = nextRef();
    if (kind === "topup") {
      const paidMinor = f.helpers.arrayElement([1000, 2000, 5000]) * rub;
      return {
        order: {
          ref,
          kind,
          service: "Balance top-up",
          paidMinor,
          startDaysAgo: f.number.int({ min: 20, max: 300 }),
          days: 0,
        },
        outages: [],
        sms: [],
      };
    }
    const where = makePhone(f, market);
    if (kind === "disposable_number") {
      const minutes = f.number.int({ min: 5, max: 90 }) * 1440;
      const order = {
        ref,
        kind,
        service: "Disposable number",
        ...where,
        paidMinor: 50 * rub,
        startDaysAgo: 0,
        days: 0,
        activatedMinutesAgo: minutes,
      };
      const sender = f.helpers.arrayElement(["Google", "Telegram", "WhatsApp", "Uber"]);
      return {
        order,
        outages: [],
        sms: [
          {
            minutesAfterActivation: f.number.int({ min: 1, max: 6 }),
            sender,
            body: `${sender} code: ${f.string.numeric(6)}`,
          },
        ],
      };
    }
    const startDaysAgo = f.number.int({ min: 40, max: 330 });
    const order = {
      ref,
      kind,
      service: "Rented number",
      ...where,
      paidMinor: f.helpers.arrayElement([900, 1500, 2000]) * rub,
      startDaysAgo,
      days: 30,
    };
    // An old, short, resolved outage now and then: history the reviewer can see but that decides nothing.
    const reported = startDaysAgo * 24 - f.number.int({ min: 48, max: 500 });
    const outages: ScenarioOutage[] = f.datatype.boolean(0.25)
      ? [
          {
            reportedHoursAgo: reported,
            resolvedHoursAgo: reported - f.number.int({ min: 1, max: 20 }),
            cause: f.helpers.arrayElement(["operator", "unknown", "company"] as const),
          },
        ]
      : [];
    return { order, outages, sms: [] };
  });
}
