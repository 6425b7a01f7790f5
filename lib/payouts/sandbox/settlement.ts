import { randomBytes } from "node:crypto";
import type { ProviderWebhookEvent } from "../provider/provider-webhook";
import type { RefundEntry, SandboxStore } from "./store";

export type Log = (msg: string, fields?: Record<string, unknown>) => void;

/**
 * Settles each pending refund when it is due: one durable "settled" record
 * carrying its webhook event, then hands the event to delivery.
 */
export function createSettlement(opts: {
  store: SandboxStore;
  deliver: (entry: RefundEntry) => void;
  log: Log;
}) {
  const timers = new Map<string, NodeJS.Timeout>();
  let closed = false;

  async function settle(entry: RefundEntry): Promise<void> {
    const id = entry.refund.providerRefundId;
    timers.delete(id);
    if (closed || entry.event) return;
    const event: ProviderWebhookEvent = {
      id: `evt_${randomBytes(12).toString("hex")}`,
      type: entry.outcome.status === "succeeded" ? "refund.succeeded" : "refund.failed",
      created: Math.floor(Date.now() / 1000),
      refund: { ...entry.refund, ...entry.outcome },
    };
    try {
      await opts.store.settle(event);
    } catch (err) {
      opts.log("settlement not recorded; the refund stays pending until a restart", {
        refundId: id,
        error: (err as Error).message,
      });
      return;
    }
    opts.log("refund settled", { refundId: id, status: event.refund.status, eventId: event.id });
    opts.deliver(entry);
  }

  return {
    /** Arms the refund's timer; overdue ones (after a restart) settle at once. */
    schedule(entry: RefundEntry): void {
      if (entry.event || closed) return;
      const id = entry.refund.providerRefundId;
      const wait = Math.max(0, entry.settleAt - Date.now());
      timers.set(
        id,
        setTimeout(() => void settle(entry), wait),
      );
    },
    close(): void {
      closed = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
