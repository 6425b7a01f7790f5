import type { Faker } from "@faker-js/faker";
import type { customers, numberOutages, orders, paymentMethods, smsMessages } from "@/db/schema";
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

/** What the row builders share while one dataset is built. */
export type DatasetBuilder = {
  /** Seeded: every id drawn in the same order gives the same dataset. */
  ids: Faker;
  /** The time `msAgo` before the demo's now. */
  t: (msAgo: number) => Date;
  data: DemoDataset;
};

/** A customer's ids, for the orders they own. */
export type Owner = { id: string; paymentMethodId: string };

/** Adds a customer and their payment method; returns both ids for their orders. */
export function addCustomer(
  { ids, t, data }: DatasetBuilder,
  c: ScenarioCustomer,
  kycRequired: boolean,
): Owner {
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
}

/** Adds an order with its outages, SMS and the automatic refund it already had. */
export function addOrder(
  { ids, t, data }: DatasetBuilder,
  owner: Owner,
  c: ScenarioCustomer,
  o: ScenarioOrder,
  outages: ScenarioOutage[],
  sms: ScenarioSms[],
) {
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
}
