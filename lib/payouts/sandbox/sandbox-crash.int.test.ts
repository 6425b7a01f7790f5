import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProviderRefundRequest } from "../provider/types";
import { eventOf } from "./test-support/webhook-receiver";
import { startTestSandbox, type TestSandbox } from "./test-support/sandbox-fixture";

const request = (key: string): ProviderRefundRequest => ({
  idempotencyKey: key,
  amountMinor: 4500,
  currency: "EUR",
  destination: { kind: "bank_transfer", details: "IBAN DE89 3704 0044 0532 0130 00, J. Doe" },
});

let t: TestSandbox | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe("sandbox provider: kill -9 and restart on the same data folder", () => {
  it("a refund accepted just before the kill survives, settles, is reported, and is never made twice", async () => {
    t = await startTestSandbox({ settleDelayMs: 1500 });
    const accepted = await t.client().refund(request("payout:5:send:1"));
    await t.sandbox.kill();
    expect(t.receiver.deliveries).toHaveLength(0);

    await t.sandbox.restart();
    expect(await t.client().findRefund("payout:5:send:1")).toEqual(accepted);
    const event = eventOf(await t.receiver.waitFor(() => true));
    expect(event.refund).toEqual({ ...accepted, status: "succeeded" });
    expect(await t.client().refund(request("payout:5:send:1"))).toEqual(event.refund);
    const listing = await t.listing();
    expect(listing.map((r) => r.providerRefundId)).toEqual([accepted.providerRefundId]);
  });

  it("every refund acknowledged during a burst cut by kill -9 is there after the restart", async () => {
    t = await startTestSandbox({ settleDelayMs: 60_000 });
    const client = t.client(2000);
    let firstAck = () => {};
    const acked = new Promise<void>((resolve) => (firstAck = resolve));
    const burst = Array.from({ length: 40 }, (_, i) =>
      client.refund(request(`burst-${i}`)).then(
        (r) => (firstAck(), r),
        () => null,
      ),
    );
    await acked;
    await t.sandbox.kill();
    const acknowledged = (await Promise.all(burst)).filter((r) => r !== null);
    expect(acknowledged.length).toBeGreaterThan(0);
    await t.sandbox.restart();
    const listing = await t.listing();
    const kept = new Map(listing.map((r) => [r.idempotencyKey, r.providerRefundId]));
    for (const r of acknowledged) expect(kept.get(r.idempotencyKey)).toBe(r.providerRefundId);
    // Every key retried after the restart: still one refund per key.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => t!.client().refund(request(`burst-${i}`))),
    );
    expect(await t.listing()).toHaveLength(40);
  });

  it("an event not yet delivered when the provider dies is delivered after the restart, same id", async () => {
    let failing = true;
    t = await startTestSandbox({ respond: () => (failing ? 503 : 200) });
    await t.client().refund(request("payout:6:send:1"));
    const refused = await t.receiver.waitFor((d) => d.status === 503);
    await t.sandbox.kill();
    failing = false;
    await t.sandbox.restart();
    const delivered = await t.receiver.waitFor((d) => d.status === 200);
    expect(eventOf(delivered).id).toBe(eventOf(refused).id);
    await vi.waitFor(async () =>
      expect((await t!.listing())[0]).toMatchObject({ status: "succeeded", delivered: true }),
    );
  });
});
