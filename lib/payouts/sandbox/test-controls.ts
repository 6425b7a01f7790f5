import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { HttpError, readJsonBody, sendJson } from "./http-io";
import type { SandboxStore } from "./store";

/**
 * Faults for tests, applied to the next `count` create calls (or any /v1 call
 * with `on: "any"`): `failNextWith` answers that status without touching
 * anything; `delayResponseMs` accepts and stores the refund, then answers
 * late, so a client with a shorter timeout gives up on a refund that exists.
 */
const faultSchema = z
  .strictObject({
    failNextWith: z.number().int().min(400).max(599).optional(),
    delayResponseMs: z.number().int().min(1).max(600_000).optional(),
    count: z.number().int().min(1).max(1000).default(1),
    on: z.enum(["create", "any"]).default("create"),
  })
  .refine((f) => (f.failNextWith === undefined) !== (f.delayResponseMs === undefined), {
    message: "give exactly one of failNextWith, delayResponseMs",
  });
export type Fault = z.infer<typeof faultSchema>;

export function createFaults() {
  let armed: Fault[] = [];
  return {
    arm: (f: Fault) => armed.push(f),
    clear: () => (armed = []),
    /** The fault for this call, if one is armed for it; uses up one of its count. */
    take(call: "create" | "other"): Fault | null {
      const fault = armed.find((f) => f.on === "any" || call === "create");
      if (!fault) return null;
      fault.count--;
      if (fault.count === 0) armed = armed.filter((f) => f !== fault);
      return fault;
    },
  };
}
export type Faults = ReturnType<typeof createFaults>;

/** /__sandbox/*: only routed when the service runs with --test-controls. */
export async function handleTestControls(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: { store: SandboxStore; faults: Faults },
): Promise<void> {
  if (path === "/__sandbox/faults" && req.method === "POST") {
    const parsed = faultSchema.safeParse(await readJsonBody(req));
    if (!parsed.success)
      throw new HttpError(400, "invalid_request", parsed.error.issues[0]!.message);
    ctx.faults.arm(parsed.data);
    return sendJson(res, 200, { armed: parsed.data });
  }
  if (path === "/__sandbox/faults" && req.method === "DELETE") {
    ctx.faults.clear();
    return sendJson(res, 200, { armed: null });
  }
  if (path === "/__sandbox/refunds" && req.method === "GET") {
    const refunds = ctx.store.all().map((e) => ({
      ...e.refund,
      destinationKind: e.destinationKind,
      metadata: e.metadata,
      createdAt: new Date(e.createdAt).toISOString(),
      settleAt: new Date(e.settleAt).toISOString(),
      eventId: e.event?.id ?? null,
      delivered: e.deliveredAt !== null,
      deliveryAttempts: e.deliveryAttempts,
    }));
    return sendJson(res, 200, { refunds });
  }
  throw new HttpError(404, "invalid_request", `no test control ${req.method} ${path}`);
}
