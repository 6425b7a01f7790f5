import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../../db/client";
import { eq } from "drizzle-orm";
import { customers, inboundEmails, numberOutages, orders, paymentMethods } from "../../db/schema";
import { ingestEmail } from "../../lib/requests/ingest-email";

let handle: ReturnType<typeof createDb> | undefined;

/** The e2e database (scripts/e2e.ts passes DATABASE_URL to Playwright). */
export function e2eDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: run the e2e suite through `npm run test:e2e`");
  handle ??= createDb(url, 2);
  return handle.db;
}

export type SeededRequest = {
  requestId: string;
  ref: string;
  orderRef: string;
  email: string;
  customerId: string;
};

export type SeedRequestOptions = {
  /** What the customer writes; ORDER_REF is replaced by the seeded order's reference. */
  body: string;
  subject?: string;
  /** Outage lengths in hours, reported that many hours + 1 ago (cause: local provider). */
  outageHours?: number[];
  paidMinor?: number;
  /** When the email arrived; old dates make the request the most urgent in the queue. */
  receivedAt?: Date;
  /** An outage still going on, reported that many hours ago (cause: local provider). */
  openOutageHours?: number;
  /** Whether a replacement number exists for the same country/city (default yes). */
  replacementAvailable?: boolean;
  /** The provider's id of the order's payment (the sandbox declines refunds to one ending "0002"). */
  paymentRef?: string;
  /** The order's payment method; default a Visa card that can take refunds. */
  paymentMethod?: { type: "card" | "other"; label: string; supportsRefund: boolean };
};

/** A customer with a rented number, optional outages, and their email through the real ingestion pipeline. */
export async function seedRequest(opts: SeedRequestOptions): Promise<SeededRequest> {
  const db = e2eDb();
  const tag = randomUUID().slice(0, 8);
  const email = `e2e-${tag}@example.com`;
  const now = new Date();
  const [c] = await db
    .insert(customers)
    .values({
      accountRef: `ACC-9${parseInt(tag, 16) % 10_000_000}`,
      email,
      name: `E2E Customer ${tag}`,
      currency: "USD",
    })
    .returning();
  const method = opts.paymentMethod ?? {
    type: "card",
    label: "Visa •••• 4242",
    supportsRefund: true,
  };
  const [pm] = await db
    .insert(paymentMethods)
    .values({ customerId: c!.id, ...method })
    .returning();
  const orderRef = `ORD-8${String(parseInt(tag, 16) % 100_000_000).padStart(8, "0")}`;
  const periodStart = new Date(now.getTime() - 10 * 86_400_000);
  const [o] = await db
    .insert(orders)
    .values({
      ref: orderRef,
      customerId: c!.id,
      paymentMethodId: pm!.id,
      kind: "rented_number",
      serviceName: "UK rented number",
      phoneNumber: `+4477009${String(parseInt(tag, 16) % 100_000).padStart(5, "0")}`,
      country: "GB",
      city: "London",
      paidMinor: opts.paidMinor ?? 3000,
      currency: "USD",
      periodStart,
      periodEnd: new Date(periodStart.getTime() + 30 * 86_400_000),
      replacementAvailable: opts.replacementAvailable ?? true,
      paymentRef: opts.paymentRef ?? `ch_e2e_${tag}`,
    })
    .returning();
  for (const h of opts.outageHours ?? []) {
    const reportedAt = new Date(now.getTime() - (h + 1) * 3_600_000);
    await db.insert(numberOutages).values({
      orderId: o!.id,
      reportedAt,
      resolvedAt: new Date(reportedAt.getTime() + h * 3_600_000),
      cause: "local_provider",
    });
  }
  if (opts.openOutageHours !== undefined) {
    await db.insert(numberOutages).values({
      orderId: o!.id,
      reportedAt: new Date(now.getTime() - opts.openOutageHours * 3_600_000),
      resolvedAt: null,
      cause: "local_provider",
    });
  }
  const raw = Buffer.from(
    [
      `From: E2E Customer <${email}>`,
      "To: refunds@refund-desk.test",
      `Subject: ${opts.subject ?? `Refund request ${tag}`}`,
      `Date: ${now.toUTCString()}`,
      `Message-ID: <${tag}-${Date.now()}@example.com>`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      opts.body.replaceAll("ORDER_REF", orderRef),
      "",
    ].join("\r\n"),
  );
  const r = await ingestEmail(db, { raw, channel: "upload", receivedAt: opts.receivedAt ?? now });
  if (!r.outcome || r.outcome.kind !== "created")
    throw new Error(`seeded email was not turned into a request: ${JSON.stringify(r.outcome)}`);
  return { requestId: r.outcome.requestId, ref: r.outcome.ref, orderRef, email, customerId: c!.id };
}

export const OUTAGE_EMAIL =
  "Hello, my UK rented number (order ORDER_REF) did not work for 3 days because of the operator. " +
  "Please refund $3.00 to my account balance. I paid with my Visa card ending 4242.";

export const PROVIDER_FAULT_TO_IBAN_EMAIL =
  "Hello, my UK rented number (order ORDER_REF) stopped working 3 days ago because of the local provider and still does not work. " +
  "My payment method cannot take refunds. Please refund $20.00 directly to my bank account, IBAN DE89 3704 0044 0532 0130 00, not to the balance.";

export const CHANGED_MIND_EMAIL =
  "Hello, I rented a UK rented number (order ORDER_REF) but I changed my mind and no longer need it. " +
  "Please refund $30.00 back to my card ending 4242.";

/** A provider-fault claim asking for `amount` (e.g. "$23.00") back to the card, not the balance. */
export const directToCardEmail = (amount: string) =>
  "Hello, my UK rented number (order ORDER_REF) stopped working 3 days ago because of the local provider and there is no replacement. " +
  `Please refund ${amount} directly to my Visa card ending 4242, not to the balance.`;

/** A raw message (headers and body as given, CRLF-joined) through the real ingestion pipeline. */
export async function ingestRaw(lines: string[]): Promise<{ emailId: string }> {
  const raw = Buffer.from(lines.join("\r\n"));
  return ingestEmail(e2eDb(), { raw, channel: "upload", receivedAt: new Date() });
}

/** The request an ingested email made or joined. */
export async function requestOfEmail(emailId: string): Promise<{ requestId: string }> {
  const [row] = await e2eDb()
    .select({ requestId: inboundEmails.requestId })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, emailId));
  if (!row?.requestId) throw new Error(`email ${emailId} made no request`);
  return { requestId: row.requestId };
}
