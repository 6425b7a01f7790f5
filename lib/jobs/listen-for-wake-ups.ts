import { randomUUID } from "node:crypto";
import postgres from "postgres";
import type { JobLog } from "./define-job";

export type WakeUpListener = { stop: () => Promise<void> };

export type ListenOptions = {
  url: string;
  /** channel → what to do with a payload on it. */
  channels: Map<string, (payload: string) => void>;
  log: JobLog;
  /** How often the listener proves it still hears (a NOTIFY to itself). */
  checkEveryMs?: number;
};

const PING_CHANNEL = "job_runner_ping";

/**
 * LISTENs on the jobs' channels with a postgres.js client of the runner's own. postgres.js
 * re-listens after a dropped connection, but not reliably after an outage longer than its
 * reconnect, so the listener checks itself: every `checkEveryMs` it NOTIFYs itself and, when
 * the ping does not come back, starts over on a new client. Wake-ups sent while it was deaf
 * are lost; the jobs' sweeps find their work (wake-job.ts).
 */
export async function listenForWakeUps(opts: ListenOptions): Promise<WakeUpListener> {
  const checkEveryMs = opts.checkEveryMs ?? 10_000;
  let client: postgres.Sql | null = null;
  let pong: string | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const c = postgres(opts.url, {
      max: 1,
      connect_timeout: 10,
      onnotice: () => undefined,
      connection: { application_name: "refund-desk-wake-ups" },
    });
    client = c;
    await c.listen(PING_CHANNEL, (nonce) => (pong = nonce));
    for (const [channel, onPayload] of opts.channels)
      await c.listen(channel, (payload) => {
        try {
          onPayload(payload);
        } catch (err) {
          opts.log(
            { channel, err: err instanceof Error ? err.message : String(err) },
            "wake-up refused",
          );
        }
      });
  };

  const check = async () => {
    const nonce = randomUUID();
    try {
      if (!client) throw new Error("not connected");
      await client`SELECT pg_notify(${PING_CHANNEL}, ${nonce})`;
      const deadline = Date.now() + 5_000;
      while (pong !== nonce && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (pong !== nonce) throw new Error("no answer to its own NOTIFY");
    } catch (err) {
      opts.log(
        { err: err instanceof Error ? err.message : String(err) },
        "wake-up listener lost; reconnecting",
      );
      const old = client;
      client = null;
      await old?.end({ timeout: 1 }).catch(() => undefined);
      if (!stopped) await connect().catch(() => undefined);
    }
  };

  const schedule = () => {
    timer = setTimeout(() => void check().finally(() => !stopped && schedule()), checkEveryMs);
  };

  await connect();
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await client?.end({ timeout: 1 }).catch(() => undefined);
    },
  };
}
