import { afterEach, describe, expect, it } from "vitest";
import {
  ProviderRejectedError,
  ProviderUnavailableError,
  type ProviderRefundRequest,
} from "../provider/types";
import { API_KEY, startTestSandbox, type TestSandbox } from "./test-support/sandbox-fixture";

const request = (
  key: string,
  over: Partial<ProviderRefundRequest> = {},
): ProviderRefundRequest => ({
  idempotencyKey: key,
  amountMinor: 3200,
  currency: "GBP",
  destination: { kind: "original_payment", paymentRef: "ch_3PqA1b" },
  metadata: { payoutId: "p-1" },
  ...over,
});

let t: TestSandbox | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe("sandbox provider: one refund per idempotency key", () => {
  it("50 parallel creates with one key make exactly one refund, and all 50 get it", async () => {
    t = await startTestSandbox({ settleDelayMs: 60_000 });
    const body = JSON.stringify({
      amountMinor: 3200,
      currency: "GBP",
      destination: { kind: "original_payment", paymentRef: "ch_3PqA1b" },
    });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${t!.sandbox.url}/v1/refunds`, {
          method: "POST",
          headers: { "Idempotency-Key": "payout:7:send:1", Authorization: `Bearer ${API_KEY}` },
          body,
        }).then(async (r) => ({
          status: r.status,
          json: (await r.json()) as { providerRefundId: string },
        })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const ids = new Set(answers.map((a) => a.json.providerRefundId));
    expect(ids.size).toBe(1);
    const listing = await t.listing();
    expect(listing).toHaveLength(1);
    expect(listing[0]!.providerRefundId).toBe([...ids][0]);
  });

  it("the same key with another body is refused with 409 and changes nothing", async () => {
    t = await startTestSandbox({ settleDelayMs: 60_000 });
    const first = await t.client().refund(request("k-409"));
    const err = await t
      .client()
      .refund(request("k-409", { amountMinor: 3300 }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderRejectedError);
    expect((err as ProviderRejectedError).code).toBe("idempotency_mismatch");
    expect((err as ProviderRejectedError).reason).toMatch(/different parameters/);
    const listing = await t.listing();
    expect(listing.map((r) => [r.providerRefundId, r.amountMinor])).toEqual([
      [first.providerRefundId, 3200],
    ]);
    // The same body again (metadata in another key order) is the same refund.
    const again = await t.client().refund(request("k-409", { metadata: { payoutId: "p-1" } }));
    expect(again).toEqual(first);
  });

  it("a client timeout on a refund the provider accepted, then a retry with the key: one refund", async () => {
    t = await startTestSandbox({ settleDelayMs: 60_000 });
    await t.fault({ delayResponseMs: 3000, count: 1 });
    const err = await t
      .client(500)
      .refund(request("payout:9:send:1"))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderUnavailableError);
    const found = await t.client().findRefund("payout:9:send:1");
    expect(found?.status).toBe("pending");
    const retried = await t.client().refund(request("payout:9:send:1"));
    expect(retried).toEqual(found);
    expect(await t.listing()).toHaveLength(1);
  });

  it("an injected 503 is retryable and creates nothing; the retry creates the refund", async () => {
    t = await startTestSandbox({ settleDelayMs: 60_000 });
    await t.fault({ failNextWith: 503 });
    const err = await t
      .client()
      .refund(request("k-503"))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderUnavailableError);
    expect(await t.client().findRefund("k-503")).toBeNull();
    expect(await t.listing()).toHaveLength(0);
    const created = await t.client().refund(request("k-503"));
    expect(created.status).toBe("pending");
  });

  it("validation errors are 400 rejections, and a wrong API key is refused", async () => {
    t = await startTestSandbox({ settleDelayMs: 60_000 });
    const err = await t
      .client()
      .refund(request("k-bad", { currency: "XYZ" }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderRejectedError);
    expect((err as ProviderRejectedError).reason).toMatch(/^invalid_request: currency/);
    const res = await fetch(`${t.sandbox.url}/v1/refunds?idempotency_key=x`, {
      headers: { Authorization: "Bearer wrong" },
    });
    expect(res.status).toBe(401);
    expect(await t.listing()).toHaveLength(0);
  });
});
