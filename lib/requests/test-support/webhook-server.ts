/**
 * The inbound webhook's route handler behind a plain node:http server, in its own process,
 * so a test can flood it and read its memory from outside (inbound-webhook-flood.int.test.ts).
 * Requests reach the handler as Next's server hands them over: a web Request whose body
 * streams from the socket. Prints {"port": N} once listening.
 */
import http from "node:http";
import Module from "node:module";
import { Readable } from "node:stream";

// Next resolves "server-only" to an empty module on the server; so does this process (as
// vitest.config.ts does for the tests).
const serverOnly = Module.createRequire(__filename).resolve("server-only");
require.cache[serverOnly] = Object.assign(new Module(serverOnly), { loaded: true, exports: {} });
async function main(): Promise<void> {
  const { POST } = await import("@/app/api/inbound/email/route");
  const server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers,
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit);
    POST(request, undefined)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((err: unknown) => {
        res.writeHead(599);
        res.end(String(err));
      });
  });

  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(
      `${JSON.stringify({ port: typeof address === "object" ? address?.port : 0 })}\n`,
    );
  });
}

void main();
