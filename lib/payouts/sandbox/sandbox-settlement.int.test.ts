import { afterEach, describe, expect, it, vi } from "vitest";
import { eventOf } from "./test-support/webhook-receiver";
import { startTestSandbox, type TestSandbox } from "./test-support/sandbox-fixture";

let t: TestSandbox | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe("sandbox provider: settlement and webhooks", () => {
  it("settles after the delay and delivers one signed refund.succeeded webhook", async () => {
    t = await startTestSandbox({ settleDelayMs: 800 });
    const accepted = Date.now();
    const refund = await t.client().refund({
      idempotencyKey: "payout:1:send:1",
      amountMinor: 1999,
      currency: "USD",
      destination: { kind: "original_payment", paymentRef: "pi_3PqA1b0001" },
      metadata: { payoutId: "1" },
    });
    expect(refund.status).toBe("pending");
    expect((await t.client().findRefund("payout:1:send:1"))?.status).toBe("pending");

    const delivery = await t.receiver.waitFor(() => true);
    expect(delivery.receivedAt - accepted).toBeGreaterThanOrEqual(800);
    const event = eventOf(delivery);
    expect(event.id).toMatch(/^evt_/);
    expect(event).toMatchObject({
      type: "refund.succeeded",
      refund: { ...refund, status: "succeeded", failureReason: null },
    });
    expect((await t.client().findRefund("payout:1:send:1"))?.status).toBe("succeeded");
  });

  it("a card ending 0002 settles failed with the issuer's reason", async () => {
    t = await startTestSandbox();
    const refund = await t.client().refund({
      idempotencyKey: "payout:2:send:1",
      amountMinor: 500,
      currency: "EUR",
      destination: { kind: "card", details: "Visa 4000 0000 0000 0002, J. Doe" },
    });
    const event = eventOf(await t.receiver.waitFor(() => true));
    expect(event.type).toBe("refund.failed");
    expect(event.refund).toEqual({
      ...refund,
      status: "failed",
      failureReason: "card_declined: the card issuer refused the refund",
    });
  });

  it("each settled refund gets its own event id", async () => {
    t = await startTestSandbox();
    for (const key of ["a", "b", "c"])
      await t.client().refund({
        idempotencyKey: key,
        amountMinor: 100,
        currency: "JPY",
        destination: { kind: "bank_transfer", details: "Account CLOSED 12345678" },
      });
    await t.receiver.waitFor(() => t!.receiver.deliveries.length >= 3);
    const events = t.receiver.deliveries.map(eventOf);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events.map((e) => e.refund.failureReason)).toEqual(
      Array(3).fill("account_closed: the receiving account is closed"),
    );
  });

  it("retries the webhook with backoff while the app answers 500, then stops once delivered", async () => {
    t = await startTestSandbox({ respond: (n) => (n <= 2 ? 500 : 200) });
    await t.client().refund({
      idempotencyKey: "payout:3:send:1",
      amountMinor: 700,
      currency: "GBP",
      destination: { kind: "wallet", details: "PayPal jane@example.com" },
    });
    const ok = await t.receiver.waitFor((d) => d.status === 200);
    const all = t.receiver.deliveries;
    expect(all.map((d) => d.status)).toEqual([500, 500, 200]);
    // The same event each time, signed afresh each time.
    expect(new Set(all.map((d) => eventOf(d).id)).size).toBe(1);
    expect(all[2]!.receivedAt - all[1]!.receivedAt).toBeGreaterThan(
      all[1]!.receivedAt - all[0]!.receivedAt,
    );
    await vi.waitFor(async () =>
      expect((await t!.listing())[0]).toMatchObject({
        eventId: eventOf(ok).id,
        delivered: true,
        deliveryAttempts: 3,
      }),
    );
    expect(t.receiver.deliveries).toHaveLength(3);
  });
});
