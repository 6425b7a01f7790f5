import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHttpProvider } from "./http-provider";
import {
  ProviderRejectedError,
  ProviderUnavailableError,
  type ProviderRefund,
  type ProviderRefundRequest,
} from "./types";

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };
type Answer = { status: number; body?: unknown; raw?: string; hang?: boolean };

let answer: Answer;
let seen: Seen[] = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (answer.hang) return;
      res.writeHead(answer.status, { "Content-Type": "application/json" });
      res.end(answer.raw ?? JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  seen = [];
});

const req: ProviderRefundRequest = {
  idempotencyKey: "payout:1:send:1",
  amountMinor: 3200,
  currency: "GBP",
  destination: { kind: "original_payment", paymentRef: "ch_1" },
  metadata: { payoutId: "1" },
};
const refund: ProviderRefund = {
  providerRefundId: "re_1",
  idempotencyKey: req.idempotencyKey,
  status: "pending",
  amountMinor: 3200,
  currency: "GBP",
  failureReason: null,
};
const provider = (timeoutMs = 2000) =>
  createHttpProvider({ name: "sandbox", baseUrl: `${baseUrl}/`, apiKey: "sk_test", timeoutMs });
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe("createHttpProvider", () => {
  it("posts the request without its key in the body, the key and API key in headers", async () => {
    answer = { status: 200, body: refund };
    expect(await provider().refund(req)).toEqual(refund);
    const [call] = seen;
    expect(call).toMatchObject({ method: "POST", url: "/v1/refunds" });
    expect(call!.headers["idempotency-key"]).toBe(req.idempotencyKey);
    expect(call!.headers.authorization).toBe("Bearer sk_test");
    const { idempotencyKey: _k, ...body } = req;
    expect(JSON.parse(call!.body)).toEqual(body);
  });

  it.each([500, 502, 503, 429, 408, 302])(
    "HTTP %i is retryable: ProviderUnavailableError",
    async (status) => {
      answer = { status, body: { error: { type: "api_error", message: "down" } } };
      expect(await errorOf(provider().refund(req))).toBeInstanceOf(ProviderUnavailableError);
    },
  );

  it.each([
    [400, "invalid_request", "currency: is not an ISO 4217 currency"],
    [409, "idempotency_mismatch", "this Idempotency-Key was already used"],
    [401, "authentication_error", "a valid API key is required"],
  ])(
    "HTTP %i is a rejection carrying the provider's type and message",
    async (status, type, message) => {
      answer = { status, body: { error: { type, message } } };
      const err = await errorOf(provider().refund(req));
      expect(err).toBeInstanceOf(ProviderRejectedError);
      expect((err as ProviderRejectedError).code).toBe(type);
      expect((err as ProviderRejectedError).reason).toBe(`${type}: ${message}`);
    },
  );

  it("a provider that does not answer in time is unavailable, not rejected", async () => {
    answer = { status: 200, hang: true };
    const err = await errorOf(provider(200).refund(req));
    expect(err).toBeInstanceOf(ProviderUnavailableError);
    expect((err as Error).message).toMatch(/no answer within 200 ms/);
  });

  it("a refused connection is unavailable", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const p = createHttpProvider({
      name: "x",
      baseUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 1000,
    });
    expect(await errorOf(p.refund(req))).toBeInstanceOf(ProviderUnavailableError);
  });

  it("a garbled or foreign success is unavailable (retrying under the key is safe)", async () => {
    answer = { status: 200, raw: "<html>ok</html>" };
    expect(await errorOf(provider().refund(req))).toBeInstanceOf(ProviderUnavailableError);
    answer = { status: 200, body: { ...refund, idempotencyKey: "other" } };
    expect(await errorOf(provider().refund(req))).toBeInstanceOf(ProviderUnavailableError);
    answer = { status: 200, body: { ...refund, amountMinor: 1 } };
    expect(await errorOf(provider().refund(req))).toBeInstanceOf(ProviderUnavailableError);
  });

  it("findRefund: the refund, null only for the provider's own 'no such refund'", async () => {
    answer = { status: 200, body: { ...refund, idempotencyKey: "a b&c" } };
    expect(await provider().findRefund("a b&c")).toMatchObject({ providerRefundId: "re_1" });
    expect(seen[0]!.url).toBe("/v1/refunds?idempotency_key=a+b%26c");
    answer = { status: 404, body: { error: { type: "resource_missing", message: "no refund" } } };
    expect(await provider().findRefund("k")).toBeNull();
    answer = { status: 404, raw: "Not Found" };
    expect(await errorOf(provider().findRefund("k"))).toBeInstanceOf(ProviderUnavailableError);
    answer = { status: 503, body: {} };
    expect(await errorOf(provider().findRefund("k"))).toBeInstanceOf(ProviderUnavailableError);
  });
});
