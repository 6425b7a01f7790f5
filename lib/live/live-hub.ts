import "server-only";
import { appDatabaseUrl } from "@/db/client";
import { listenForWakeUps, type WakeUpListener } from "@/lib/jobs/listen-for-wake-ups";
import { logger } from "@/lib/server/logger";

/** The channels the live queue hears: request changes (a trigger) and who has a request open. */
export const LIVE_CHANNELS = ["queue_events", "request_presence"] as const;
export type LiveEvent = { channel: (typeof LIVE_CHANNELS)[number]; payload: string };
type Subscriber = (e: LiveEvent) => void;

type Hub = { subscribers: Set<Subscriber>; listener: Promise<WakeUpListener> | null };
// One per server process, on globalThis so dev hot reload keeps one LISTEN connection.
const holder = globalThis as typeof globalThis & { __refundDeskLiveHub?: Hub };

/**
 * Fans PostgreSQL NOTIFYs out to every open live stream of this process: one LISTEN connection
 * per server process, however many browsers listen (it checks itself and reconnects:
 * listenForWakeUps). It opens with the first subscriber and stays open.
 */
export function subscribeLive(fn: Subscriber): () => void {
  const hub = (holder.__refundDeskLiveHub ??= { subscribers: new Set(), listener: null });
  hub.subscribers.add(fn);
  if (!hub.listener) {
    const url = appDatabaseUrl();
    if (!url) throw new Error("APP_DATABASE_URL is not set: the live queue cannot listen");
    const fan = (channel: LiveEvent["channel"]) => (payload: string) => {
      for (const s of hub.subscribers) s({ channel, payload });
    };
    hub.listener = listenForWakeUps({
      url,
      channels: new Map(LIVE_CHANNELS.map((c) => [c, fan(c)])),
      log: (obj, msg) => logger.info(obj, `live queue: ${msg}`),
    }).catch((err: unknown) => {
      hub.listener = null;
      throw err;
    });
  }
  return () => hub.subscribers.delete(fn);
}
