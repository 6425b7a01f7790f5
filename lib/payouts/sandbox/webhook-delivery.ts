import { PROVIDER_SIGNATURE_HEADER, signProviderWebhook } from "../provider/provider-webhook";
import type { Log } from "./settlement";
import type { RefundEntry, SandboxStore } from "./store";

/** Deliveries in flight at once, so a burst of settlements does not flood the app. */
const MAX_IN_FLIGHT = 8;
const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * Delivers each settled refund's event to the app until it answers 2xx,
 * retrying with exponential backoff. Each attempt is signed afresh (a new
 * timestamp), the body and event id stay the same. Success is recorded
 * durably; an event not yet recorded as delivered is sent again after a
 * restart, so every event arrives at least once.
 */
export function createWebhookDelivery(opts: {
  url: string;
  secret: string;
  store: SandboxStore;
  retryBaseMs: number;
  retryMaxMs: number;
  log: Log;
}) {
  const ready: RefundEntry[] = [];
  const queued = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const attempts = new Map<string, number>();
  let active = 0;
  let closed = false;

  function pump(): void {
    while (!closed && active < MAX_IN_FLIGHT && ready.length > 0) {
      const entry = ready.shift()!;
      active++;
      void attempt(entry).finally(() => {
        active--;
        pump();
      });
    }
  }

  async function attempt(entry: RefundEntry): Promise<void> {
    const event = entry.event!;
    const n = (attempts.get(event.id) ?? entry.deliveryAttempts) + 1;
    attempts.set(event.id, n);
    const body = JSON.stringify(event);
    const t = Math.floor(Date.now() / 1000);
    let outcome: string;
    try {
      const res = await fetch(opts.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          [PROVIDER_SIGNATURE_HEADER]: `t=${t},v1=${signProviderWebhook(opts.secret, t, body)}`,
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      outcome = res.ok ? "ok" : `HTTP ${res.status}`;
    } catch (err) {
      outcome = (err as Error).message;
    }
    if (closed) return;
    if (outcome === "ok") {
      queued.delete(event.id);
      opts.log("webhook delivered", { eventId: event.id, attempts: n });
      // If this record is lost, the event is sent again after a restart: at least once.
      await opts.store.markDelivered(event.id, n).catch(() => undefined);
      return;
    }
    const wait = Math.min(opts.retryMaxMs, opts.retryBaseMs * 2 ** Math.min(n - 1, 30));
    opts.log("webhook delivery failed; retrying", {
      eventId: event.id,
      attempts: n,
      outcome,
      wait,
    });
    const timer = setTimeout(() => {
      timers.delete(timer);
      ready.push(entry);
      pump();
    }, wait);
    timers.add(timer);
  }

  return {
    /** Queues a settled, undelivered refund's event (once, however often called). */
    enqueue(entry: RefundEntry): void {
      if (!entry.event || entry.deliveredAt !== null || queued.has(entry.event.id)) return;
      queued.add(entry.event.id);
      ready.push(entry);
      pump();
    },
    close(): void {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
