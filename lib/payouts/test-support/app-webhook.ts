import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@/db/client";
import { PROVIDER_SIGNATURE_HEADER } from "../provider/provider-webhook";
import { receiveProviderWebhook } from "../receive-provider-webhook";

/**
 * The app's provider webhook (app/api/payouts/webhook) as a bare HTTP server
 * on loopback, for tests that run the job runners in child processes without
 * the Next server: the same domain call, the same answers (200 applied or
 * replayed, 401 refused, 500 not applied so the provider retries).
 */
export async function startAppWebhook(
  db: Db,
  secret: string,
): Promise<{ url: string; close: () => Promise<void>; received: () => number }> {
  let received = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received++;
      receiveProviderWebhook(db, {
        provider: "sandbox",
        header: req.headers[PROVIDER_SIGNATURE_HEADER.toLowerCase()]?.toString() ?? null,
        body: Buffer.concat(chunks),
        secret,
      }).then(
        (r) => {
          res.statusCode = r.ok ? 200 : 401;
          res.end(JSON.stringify(r));
        },
        () => {
          res.statusCode = 500;
          res.end("not applied");
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/payouts/webhook`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
