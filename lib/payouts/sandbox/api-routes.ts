import type { IncomingMessage, ServerResponse } from "node:http";
import type { createRefundCreator } from "./create-refund";
import { HttpError, readJsonBody, sendJson } from "./http-io";
import type { SandboxStore } from "./store";
import type { Faults } from "./test-controls";
import { validateRefundRequest } from "./validate-refund-request";

export type ApiContext = {
  store: SandboxStore;
  create: ReturnType<typeof createRefundCreator>;
  faults: Faults | null;
};

const missing = (what: string) => new HttpError(404, "resource_missing", `no refund with ${what}`);

/** POST /v1/refunds, GET /v1/refunds/:id, GET /v1/refunds?idempotency_key=… */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: ApiContext,
): Promise<void> {
  const isCreate = url.pathname === "/v1/refunds" && req.method === "POST";
  const fault = ctx.faults?.take(isCreate ? "create" : "other") ?? null;
  if (fault?.failNextWith)
    throw new HttpError(fault.failNextWith, "api_error", "injected fault (sandbox test controls)");

  if (isCreate) {
    const key = req.headers["idempotency-key"];
    const check = validateRefundRequest(Array.isArray(key) ? key[0] : key, await readJsonBody(req));
    if (!check.ok) throw new HttpError(400, "invalid_request", check.message);
    const result = await ctx.create(check.idempotencyKey, check.body);
    if (result.kind === "mismatch")
      throw new HttpError(
        409,
        "idempotency_mismatch",
        "this Idempotency-Key was already used for a refund with different parameters",
      );
    if (fault?.delayResponseMs) await new Promise((r) => setTimeout(r, fault.delayResponseMs));
    return sendJson(res, 200, result.entry.refund);
  }
  if (fault?.delayResponseMs) await new Promise((r) => setTimeout(r, fault.delayResponseMs));

  if (req.method !== "GET")
    throw new HttpError(405, "invalid_request", `${req.method} not allowed`);
  if (url.pathname === "/v1/refunds") {
    const key = url.searchParams.get("idempotency_key");
    if (!key) throw new HttpError(400, "invalid_request", "idempotency_key is required");
    const entry = ctx.store.byKey(key);
    if (!entry) throw missing("this idempotency key");
    return sendJson(res, 200, entry.refund);
  }
  const id = /^\/v1\/refunds\/([^/]+)$/.exec(url.pathname)?.[1];
  if (!id) throw new HttpError(404, "invalid_request", `unknown route ${url.pathname}`);
  const entry = ctx.store.byId(decodeURIComponent(id));
  if (!entry) throw missing("this id");
  return sendJson(res, 200, entry.refund);
}
