import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  PROVIDER_SIGNATURE_HEADER,
  verifyProviderWebhook,
  type ProviderWebhookCheck,
} from "../../provider/provider-webhook";

export type Delivery = {
  header: string | null;
  body: Buffer;
  receivedAt: number;
  /** What the receiver answered. */
  status: number;
  /** verifyProviderWebhook's verdict on this delivery, with the receiver's secret. */
  check: ProviderWebhookCheck;
};

/**
 * A stand-in for the app's webhook route in tests: records every delivery,
 * verifies it, and answers `respond(n)` for the n-th delivery (1-based; 200 by default).
 */
export async function startWebhookReceiver(opts: {
  secret: string;
  respond?: (n: number) => number;
}) {
  const deliveries: Delivery[] = [];
  const waiters = new Set<() => void>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const header = req.headers[PROVIDER_SIGNATURE_HEADER.toLowerCase()];
      const h = typeof header === "string" ? header : null;
      const status = opts.respond?.(deliveries.length + 1) ?? 200;
      const check = verifyProviderWebhook({ header: h, body, secret: opts.secret });
      deliveries.push({ header: h, body, receivedAt: Date.now(), status, check });
      res.writeHead(status).end();
      for (const w of waiters) w();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/payouts/webhook`,
    deliveries,
    /** Resolves with the first delivery matching `match`, waiting for it up to timeoutMs. */
    waitFor(match: (d: Delivery) => boolean, timeoutMs = 20_000): Promise<Delivery> {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = deliveries.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching webhook within ${timeoutMs} ms; got ${deliveries.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(look);
        };
        waiters.add(look);
        look();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** The event of a verified delivery, or a test failure naming why it was refused. */
export function eventOf(d: Delivery) {
  if (!d.check.ok) throw new Error(`webhook refused: ${d.check.reason}`);
  return d.check.event;
}
