import { createHash, randomBytes } from "node:crypto";
import type { FailureRules } from "./rules";
import { decideOutcome } from "./rules";
import type { RefundEntry, SandboxStore } from "./store";
import { canonicalJson, type RefundBody } from "./validate-refund-request";

export type CreateResult =
  { kind: "ok"; entry: RefundEntry } | { kind: "mismatch"; entry: RefundEntry };

/** What identifies a request under its key; empty metadata counts as none. */
export function fingerprintOf(body: RefundBody): string {
  const metadata =
    body.metadata && Object.keys(body.metadata).length > 0 ? body.metadata : undefined;
  return createHash("sha256")
    .update(canonicalJson({ ...body, metadata }))
    .digest("hex");
}

/**
 * Idempotent creation: a key seen before returns its refund (or a mismatch
 * when the body differs); a key being created right now waits for that
 * creation instead of making a second refund. Answers only after the
 * refund is on disk.
 */
export function createRefundCreator(opts: {
  store: SandboxStore;
  rules: FailureRules;
  settleDelayMs: number;
  /** Called once per new refund, after it is durable (schedules its settlement). */
  onCreated: (entry: RefundEntry) => void;
}) {
  const inFlight = new Map<string, Promise<RefundEntry>>();

  async function insert(key: string, body: RefundBody, fingerprint: string): Promise<RefundEntry> {
    const now = Date.now();
    await opts.store.create({
      refund: {
        providerRefundId: `re_${randomBytes(12).toString("hex")}`,
        idempotencyKey: key,
        status: "pending",
        amountMinor: body.amountMinor,
        currency: body.currency,
        failureReason: null,
      },
      fingerprint,
      settleAt: now + opts.settleDelayMs,
      outcome: decideOutcome(body, opts.rules),
      destinationKind: body.destination.kind,
      metadata: body.metadata ?? {},
    });
    const entry = opts.store.byKey(key)!;
    opts.onCreated(entry);
    return entry;
  }

  return async function create(key: string, body: RefundBody): Promise<CreateResult> {
    const fingerprint = fingerprintOf(body);
    let entry = opts.store.byKey(key);
    if (!entry) {
      let pending = inFlight.get(key);
      if (!pending) {
        pending = insert(key, body, fingerprint).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      entry = await pending;
    }
    return { kind: entry.fingerprint === fingerprint ? "ok" : "mismatch", entry };
  };
}
