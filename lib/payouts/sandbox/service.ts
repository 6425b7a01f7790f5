import http from "node:http";
import type { AddressInfo } from "node:net";
import { handleApi } from "./api-routes";
import type { SandboxConfig } from "./config";
import { createRefundCreator } from "./create-refund";
import { bearerMatches, HttpError, sendError, sendJson } from "./http-io";
import { createSettlement, type Log } from "./settlement";
import { openSandboxStore } from "./store";
import { createFaults, handleTestControls } from "./test-controls";
import { createWebhookDelivery } from "./webhook-delivery";

export type SandboxService = { url: string; close: () => Promise<void> };

/**
 * The sandbox payment provider: loads its journal, resumes pending
 * settlements and undelivered webhooks, then serves the API.
 */
export async function startSandboxService(
  config: SandboxConfig,
  log: Log,
): Promise<SandboxService> {
  const store = await openSandboxStore(config.dataDir);
  const delivery = createWebhookDelivery({
    url: config.webhookUrl,
    secret: config.webhookSecret,
    store,
    retryBaseMs: config.webhookRetryBaseMs,
    retryMaxMs: config.webhookRetryMaxMs,
    log,
  });
  const settlement = createSettlement({ store, deliver: delivery.enqueue, log });
  const create = createRefundCreator({
    store,
    rules: config.rules,
    settleDelayMs: config.settleDelayMs,
    onCreated: (entry) => {
      log("refund accepted", {
        refundId: entry.refund.providerRefundId,
        key: entry.refund.idempotencyKey,
      });
      settlement.schedule(entry);
    },
  });
  const faults = config.testControls ? createFaults() : null;
  for (const entry of store.all()) {
    settlement.schedule(entry);
    delivery.enqueue(entry);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sandbox");
    if (url.pathname === "/health" && req.method === "GET")
      return sendJson(res, 200, { ok: true, refunds: store.all().length });
    if (url.pathname.startsWith("/__sandbox/") && faults)
      return handleTestControls(req, res, url.pathname, { store, faults });
    if (url.pathname === "/v1/refunds" || url.pathname.startsWith("/v1/refunds/")) {
      if (config.apiKey && !bearerMatches(req.headers.authorization, config.apiKey))
        throw new HttpError(401, "authentication_error", "a valid API key is required");
      return handleApi(req, res, url, { store, create, faults });
    }
    throw new HttpError(404, "invalid_request", `unknown route ${url.pathname}`);
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return sendError(res, err.status, err.type, err.message);
      log("request failed", { url: req.url, error: (err as Error).message });
      sendError(res, 500, "api_error", "the sandbox could not process the request");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}`,
    async close() {
      settlement.close();
      delivery.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
