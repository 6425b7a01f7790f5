import { Faker, base, en } from "@faker-js/faker";
import type { customers, numberOutages, orders, paymentMethods, smsMessages } from "@/db/schema";
import { historyOrders, quietCustomers } from "./background";
import { makeFakers } from "./make-people";
import { allScenarios, DEFAULT_SEED } from "./scenarios";
import type {
  ScenarioCustomer,
  ScenarioOrder,
  ScenarioOutage,
  ScenarioSms,
} from "./scenario-types";

export type DemoDataset = {
  customers: (typeof customers.$inferInsert)[];
  paymentMethods: (typeof paymentMethods.$inferInsert)[];
  orders: (typeof orders.$inferInsert)[];
  outages: (typeof numberOutages.$inferInsert)[];
  sms: (typeof smsMessages.$inferInsert)[];
  /** DISP-AUTO-NO-SMS refunds the demo's history already had: booked through the ledger after insert. */
  automaticRefunds: { orderId: string; at: Date }[];
};

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

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

  const addCustomer = (c: ScenarioCustomer, kycRequired: boolean) => {
    const id = ids.string.uuid();
    const paymentMethodId = ids.string.uuid();
    data.customers.push({
      id,
      accountRef: c.accountRef,
      email: c.email,
      name: c.name,
      currency: c.currency,
      balanceMinor: c.balanceMinor ?? 0,
      kyc: c.kyc ?? (kycRequired ? "pending" : "not_required"),
      fraud: c.fraud ?? false,
      complaint: c.complaint ?? false,
      createdAt: t(ids.number.int({ min: 60, max: 900 }) * DAY),
    });
    data.paymentMethods.push({ id: paymentMethodId, customerId: id, ...c.payment });
    return { id, paymentMethodId };
  };

  const addOrder = (
    owner: { id: string; paymentMethodId: string },
    c: ScenarioCustomer,
    o: ScenarioOrder,
    outages: ScenarioOutage[],
    sms: ScenarioSms[],
  ) => {
    const id = ids.string.uuid();
    const activatedAt = o.activatedMinutesAgo === undefined ? null : t(o.activatedMinutesAgo * MIN);
    const periodStart = activatedAt ?? t(o.startDaysAgo * DAY);
    // A disposable number's "period" is its 20-minute activation window (DISP-AUTO-NO-SMS).
    const length = o.kind === "disposable_number" ? 20 * MIN : o.days * DAY;
    data.orders.push({
      id,
      ref: o.ref,
      customerId: owner.id,
      paymentMethodId: owner.paymentMethodId,
      kind: o.kind,
      label: o.forRegistration ? "for_registration" : null,
      serviceName: o.service,
      phoneNumber: o.phone ?? null,
      country: o.country ?? null,
      city: o.city ?? null,
      paidMinor: o.paidMinor,
      currency: c.currency,
      periodStart,
      periodEnd: new Date(periodStart.getTime() + length),
      status: o.status ?? "active",
      statusAt: o.statusHoursAgo === undefined ? null : t(o.statusHoursAgo * HOUR),
      notProvidedCause: o.notProvidedCause ?? null,
      restrictionsIgnored: o.restrictionsIgnored ?? false,
      kycRequired: o.kycRequired ?? false,
      replacementAvailable: o.replacementAvailable ?? true,
      activatedAt,
      // The payment's id at the provider: a direct refund goes back to it.
      paymentRef: `ch_demo_${o.ref.toLowerCase().replace(/[^a-z0-9]/g, "")}`,
      createdAt: periodStart,
    });
    if (activatedAt && o.autoRefundAfterMinutes !== undefined)
      data.automaticRefunds.push({
        orderId: id,
        at: new Date(activatedAt.getTime() + o.autoRefundAfterMinutes * MIN),
      });
    for (const x of outages) {
      data.outages.push({
        id: ids.string.uuid(),
        orderId: id,
        reportedAt: t(x.reportedHoursAgo * HOUR),
        resolvedAt: x.resolvedHoursAgo === null ? null : t(x.resolvedHoursAgo * HOUR),
        cause: x.cause,
        note: x.note ?? null,
      });
    }
    for (const m of sms) {
      data.sms.push({
        id: ids.string.uuid(),
        orderId: id,
        receivedAt: new Date(periodStart.getTime() + m.minutesAfterActivation * MIN),
        sender: m.sender,
        body: m.body,
        shownInTable: m.shown ?? true,
      });
    }
  };

  const withHistory = (c: ScenarioCustomer, owner: { id: string; paymentMethodId: string }) => {
    for (const h of historyOrders(ids, c, nextRef)) addOrder(owner, c, h.order, h.outages, h.sms);
  };
  for (const s of scenarios) {
    const owner = addCustomer(s.customer, s.order.kycRequired ?? false);
    addOrder(owner, s.customer, s.order, s.outages ?? [], s.sms ?? []);
    withHistory(s.customer, owner);
  }
  quiet.forEach((c, i) => {
    const owner = addCustomer(c, false);
    withHistory(c, owner);
    // Activations still waiting for their SMS when the demo starts: the minute job books them live.
    const live = LIVE_ACTIVATION_MINUTES[i];
    if (live !== undefined)
      addOrder(
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
