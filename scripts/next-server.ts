/**
 * Serves the app: Next's request handler behind a plain Node HTTP server (what `next start` is,
 * plus two things Next cannot do itself).
 * - The socket address is appended to X-Forwarded-For. Next's route handlers see no socket, and
 *   `next start` keeps a client-sent X-Forwarded-For unchanged, so without this a client could
 *   pick the address its sign-in failures are counted against (lib/server/client-address.ts).
 * - Each page response gets a Content-Security-Policy with a fresh nonce, set on the request too,
 *   where Next reads it to put the nonce on its scripts. (Next's documented way is a proxy.ts,
 *   which would run its middleware pipeline on every request; this costs one randomBytes call.)
 * Usage: tsx scripts/next-server.ts <port> <host> [dev]
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import next from "next";
import { sharedModels } from "../lib/ingest/learn/models";
import { isPagePath, pageContentSecurityPolicy } from "../lib/server/security-headers";

const [port = "3000", host = "127.0.0.1", mode] = process.argv.slice(2);
const dev = mode === "dev";
const app = next({ dev, hostname: host, port: Number(port), turbopack: dev });

async function main() {
  const handle = app.getRequestHandler();
  await app.prepare();
  // The extraction's classifiers take seconds of CPU to train: before the server takes requests,
  // not on the first mail it reads while every sign-in and page waits behind it.
  const trainingStarted = Date.now();
  sharedModels();
  console.log(`Extraction models trained in ${Date.now() - trainingStarted} ms`);
  const server = http.createServer((req, res) => {
    const peer = req.socket.remoteAddress ?? "unknown";
    const claimed = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = claimed ? `${String(claimed)}, ${peer}` : peer;
    // Only this server decides the nonce Next uses.
    delete req.headers["content-security-policy"];
    delete req.headers["content-security-policy-report-only"];
    if (isPagePath(req.url)) {
      const csp = pageContentSecurityPolicy(randomBytes(16).toString("base64"), dev);
      req.headers["content-security-policy"] = csp;
      res.setHeader("Content-Security-Policy", csp);
    }
    void handle(req, res);
  });
  server.listen(Number(port), host, () => console.log(`Ready on http://${host}:${port}`));
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
