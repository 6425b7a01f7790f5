import { randomUUID } from "node:crypto";
import type { Db } from "../client";
import { customers, numberOutages, orders, paymentMethods, users } from "../schema";
import type { Role } from "../schema/enums";
import { ingestEmail } from "@/lib/requests/ingest-email";

export async function makeUser(db: Db, role: Role, name = `${role}-${randomUUID().slice(0, 6)}`) {
  const [u] = await db
    .insert(users)
    .values({ email: `${name}@example.com`, name, role })
    .returning();
  return { id: u!.id, email: u!.email, name: u!.name, role };
}

export type RequestFixtureOptions = {
  /** The provider's charge id of the order's payment (the sandbox fails refunds to one ending "0002"). */
  paymentRef?: string;
  body?: string;
  outageHours?: number;
  paidMinor?: number;
  /** The order's currency (default USD); the email asks for a tenth of the price in it. */
  currency?: string;
  now?: Date;
};

/**
 * A customer with a 30-day rented number (paid 30.00 USD by card), an outage
 * caused by the local provider, and their email through the real pipeline.
 * With the defaults the policy recommends approving 3.00 USD (72 h of 720 h).
 */
export async function makeRequestFixture(db: Db, opts: RequestFixtureOptions = {}) {
  const tag = randomUUID().slice(0, 8);
  const now = opts.now ?? new Date();
  const [c] = await db
    .insert(customers)
    .values({
      accountRef: `ACC-7${parseInt(tag, 16) % 1_000_000}`,
      email: `c-${tag}@example.com`,
      name: `Customer ${tag}`,
      currency: opts.currency ?? "USD",
    })
    .returning();
  const [pm] = await db
    .insert(paymentMethods)
    .values({ customerId: c!.id, type: "card", label: "Visa •••• 4242", supportsRefund: true })
    .returning();
  const periodStart = new Date(now.getTime() - 10 * 86_400_000);
  const orderRef = `ORD-6${String(parseInt(tag, 16) % 100_000_000).padStart(8, "0")}`;
  const [o] = await db
    .insert(orders)
    .values({
      ref: orderRef,
      customerId: c!.id,
      paymentMethodId: pm!.id,
      kind: "rented_number",
      serviceName: "UK rented number",
      phoneNumber: "+447700900123",
      country: "GB",
      paidMinor: opts.paidMinor ?? 3000,
      currency: opts.currency ?? "USD",
      paymentRef: opts.paymentRef ?? `ch_test_${tag}`,
      periodStart,
      periodEnd: new Date(periodStart.getTime() + 30 * 86_400_000),
    })
    .returning();
  const hours = opts.outageHours ?? 72;
  const reportedAt = new Date(now.getTime() - (hours + 1) * 3_600_000);
  await db.insert(numberOutages).values({
    orderId: o!.id,
    reportedAt,
    resolvedAt: new Date(reportedAt.getTime() + hours * 3_600_000),
    cause: "local_provider",
  });
  const asked =
    opts.currency && opts.currency !== "USD"
      ? `${((opts.paidMinor ?? 3000) / 1000).toFixed(2)} ${opts.currency}`
      : "$3.00";
  const body =
    opts.body ??
    `Hello, my UK rented number (order ${orderRef}) did not work for 3 days. Please refund ${asked} to my account balance. I paid with my Visa card ending 4242.`;
  const raw = fixtureEmail({
    from: `c-${tag}@example.com`,
    subject: `Refund ${tag}`,
    messageId: `${tag}@example.com`,
    body,
  });
  const r = await ingestEmail(db, { raw, channel: "cli", receivedAt: now, now });
  if (r.outcome?.kind !== "created")
    throw new Error(`fixture email not turned into a request: ${JSON.stringify(r.outcome)}`);
  return {
    requestId: r.outcome.requestId,
    ref: r.outcome.ref,
    customerId: c!.id,
    orderId: o!.id,
    orderRef,
    messageId: `${tag}@example.com`,
    fromAddress: `c-${tag}@example.com`,
  };
}

/** A second, separate request from the same customer (a new thread), through the real pipeline. */
export async function makeAnotherRequest(
  db: Db,
  f: { fromAddress: string; orderRef: string },
  body = `Order ${f.orderRef}: my rented number did not work for 3 days. Please refund $3.00 to my balance. Visa card ending 4242.`,
  now = new Date(),
) {
  const tag = randomUUID().slice(0, 8);
  const raw = fixtureEmail({
    from: f.fromAddress,
    subject: `Another refund ${tag}`,
    messageId: `${tag}@example.com`,
    body,
  });
  const r = await ingestEmail(db, { raw, channel: "cli", receivedAt: now, now });
  if (r.outcome?.kind !== "created")
    throw new Error(`second email not turned into a request: ${JSON.stringify(r.outcome)}`);
  return { requestId: r.outcome.requestId, ref: r.outcome.ref };
}

/** A plain-text customer email to the refunds mailbox, as raw MIME. */
function fixtureEmail(m: {
  from: string;
  subject: string;
  messageId: string;
  body: string;
}): Buffer {
  return Buffer.from(
    [
      `From: Customer <${m.from}>`,
      "To: refunds@refund-desk.test",
      `Subject: ${m.subject}`,
      `Message-ID: <${m.messageId}>`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      m.body,
      "",
    ].join("\r\n"),
  );
}
