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
};

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * Every account, payment method, order, outage and SMS of the demo as rows,
 * with ids fixed by the seed so the scenario emails' references resolve.
 * Pure: no database, all times relative to `now`.
 */
export function buildDemoDataset(now: Date, seed: number = DEFAULT_SEED): DemoDataset {
  const t = (msAgo: number) => new Date(now.getTime() - msAgo);
  const ids = new Faker({ locale: [en, base] });
  ids.seed(seed);
  const data: DemoDataset = { customers: [], paymentMethods: [], orders: [], outages: [], sms: [] };
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
      autoRefundedAt:
        activatedAt && o.autoRefundAfterMinutes !== undefined
          ? new Date(activatedAt.getTime() + o.autoRefundAfterMinutes * MIN)
          : null,
      createdAt: periodStart,
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
  for (const c of quiet) withHistory(c, addCustomer(c, false));
  return data;
}
