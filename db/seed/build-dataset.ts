import { Faker, base, en } from "@faker-js/faker";
import { historyOrders, quietCustomers } from "./background";
import { makeFakers } from "./make-people";
import { allScenarios, DEFAULT_SEED } from "./scenarios";
import type { ScenarioCustomer } from "./scenario-types";
import {
  addCustomer,
  addOrder,
  type DatasetBuilder,
  type DemoDataset,
  type Owner,
} from "./add-dataset-rows";

/**
 * Minutes before the demo's `now` at which three quiet customers activated a
 * disposable number that never got its SMS: on a first `npm start` the
 * automatic-refund job credits them about 2, 6 and 10 minutes after seeding.
 */
const LIVE_ACTIVATION_MINUTES = [13, 9, 5];

/**
 * Every account, payment method, order, outage and SMS of the demo as rows,
 * with ids fixed by the seed so the scenario emails' references resolve.
 * Pure: no database, all times relative to `now`.
 */
export function buildDemoDataset(now: Date, seed: number = DEFAULT_SEED): DemoDataset {
  const t = (msAgo: number) => new Date(now.getTime() - msAgo);
  const ids = new Faker({ locale: [en, base] });
  ids.seed(seed);
  const data: DemoDataset = {
    customers: [],
    paymentMethods: [],
    orders: [],
    outages: [],
    sms: [],
    automaticRefunds: [],
  };
  const scenarios = allScenarios(seed);
  const taken = new Set(scenarios.map((s) => s.customer.email.toLowerCase()));
  const quiet = quietCustomers(makeFakers(seed + 3), taken);
  let historyRef = 100_000;
  const nextRef = () => `ORD-${++historyRef}`;

  const b: DatasetBuilder = { ids, t, data };

  const withHistory = (c: ScenarioCustomer, owner: Owner) => {
    for (const h of historyOrders(ids, c, nextRef))
      addOrder(b, owner, c, h.order, h.outages, h.sms);
  };
  for (const s of scenarios) {
    const owner = addCustomer(b, s.customer, s.order.kycRequired ?? false);
    addOrder(b, owner, s.customer, s.order, s.outages ?? [], s.sms ?? []);
    withHistory(s.customer, owner);
  }
  quiet.forEach((c, i) => {
    const owner = addCustomer(b, c, false);
    withHistory(c, owner);
    // Activations still waiting for their SMS when the demo starts: the minute job books them live.
    const live = LIVE_ACTIVATION_MINUTES[i];
    if (live !== undefined)
      addOrder(
        b,
        owner,
        c,
        {
          ref: nextRef(),
          kind: "disposable_number",
          service: "Disposable number (Telegram)",
          paidMinor: c.currency === "RUB" ? 2500 : 45,
          startDaysAgo: 0,
          days: 0,
          activatedMinutesAgo: live,
        },
        [],
        [],
      );
  });
  return data;
}
