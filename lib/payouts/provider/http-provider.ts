import { providerRefundSchema } from "./refund-schema";
import {
  ProviderRejectedError,
  ProviderUnavailableError,
  type PaymentProvider,
  type ProviderRefund,
  type ProviderRefundRequest,
} from "./types";

export type HttpProviderOptions = {
  /** Names the provider in the ledger's accounts, e.g. "sandbox". */
  name: string;
  /** Root of the provider's API, e.g. http://127.0.0.1:4010 (no trailing /v1). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>` when set. */
  apiKey?: string;
  /** Per call; a call that takes longer is abandoned as ProviderUnavailableError. */
  timeoutMs: number;
};

type ErrorBody = { error?: { type?: unknown; message?: unknown } };

function errorType(text: string): string | null {
  try {
    const type = (JSON.parse(text) as ErrorBody).error?.type;
    return typeof type === "string" ? type : null;
  } catch {
    return null;
  }
}

/**
 * PaymentProvider over the sandbox's HTTP API (Stripe-like: an
 * Idempotency-Key header, JSON bodies, `{ error: { type, message } }` on 4xx/5xx).
 */
export function createHttpProvider(opts: HttpProviderOptions): PaymentProvider {
  const base = opts.baseUrl.replace(/\/+$/, "");

  async function call(method: "GET" | "POST", path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (opts.apiKey) headers.set("Authorization", `Bearer ${opts.apiKey}`);
    try {
      const res = await fetch(`${base}${path}`, {
        ...init,
        method,
        headers,
        redirect: "manual",
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      // Reading the body is under the same timeout: a stalled body is a timeout too.
      return { status: res.status, text: await res.text() };
    } catch (err) {
      const timedOut = err instanceof DOMException && err.name === "TimeoutError";
      throw new ProviderUnavailableError(
        timedOut
          ? `${opts.name}: no answer within ${opts.timeoutMs} ms (${method} ${path})`
          : `${opts.name}: network error (${method} ${path}): ${(err as Error).message}`,
        { cause: err },
      );
    }
  }

  function refundFrom(status: number, text: string, context: string): ProviderRefund {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (status >= 200 && status < 300) {
      const parsed = providerRefundSchema.safeParse(json);
      // A garbled success is retried like an outage: the key makes a retry safe.
      if (!parsed.success)
        throw new ProviderUnavailableError(`${opts.name}: malformed answer to ${context}`);
      return parsed.data;
    }
    const error = (json as ErrorBody | undefined)?.error;
    const type = typeof error?.type === "string" ? error.type : "unknown";
    const message = typeof error?.message === "string" ? error.message : `HTTP ${status}`;
    if (status === 408 || status === 429 || status >= 500 || status < 400)
      throw new ProviderUnavailableError(`${opts.name}: HTTP ${status} to ${context}: ${message}`);
    throw new ProviderRejectedError(
      `${opts.name}: HTTP ${status} (${type}) to ${context}: ${message}`,
      `${type}: ${message}`,
      type,
    );
  }

  return {
    name: opts.name,

    async refund(req: ProviderRefundRequest): Promise<ProviderRefund> {
      const { idempotencyKey, ...body } = req;
      const context = `refund ${idempotencyKey}`;
      const res = await call("POST", "/v1/refunds", {
        headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
        body: JSON.stringify(body),
      });
      const refund = refundFrom(res.status, res.text, context);
      if (
        refund.idempotencyKey !== idempotencyKey ||
        refund.amountMinor !== req.amountMinor ||
        refund.currency !== req.currency
      )
        throw new ProviderUnavailableError(
          `${opts.name}: answer to ${context} describes another refund (${refund.providerRefundId})`,
        );
      return refund;
    },

    async findRefund(idempotencyKey: string): Promise<ProviderRefund | null> {
      const q = new URLSearchParams({ idempotency_key: idempotencyKey });
      const res = await call("GET", `/v1/refunds?${q}`);
      // Only the provider's own "no such refund" means never received; a 404 from
      // anything else (a wrong base URL, a proxy) must not read as "not paid".
      if (res.status === 404) {
        if (errorType(res.text) === "resource_missing") return null;
        throw new ProviderUnavailableError(
          `${opts.name}: find ${idempotencyKey}: HTTP 404 from something else`,
        );
      }
      const refund = refundFrom(res.status, res.text, `find ${idempotencyKey}`);
      if (refund.idempotencyKey !== idempotencyKey)
        throw new ProviderUnavailableError(
          `${opts.name}: find ${idempotencyKey} answered another key`,
        );
      return refund;
    },
  };
}
