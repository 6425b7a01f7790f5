import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * An attacker's flood against a real server process: the webhook must answer before reading
 * what it will refuse, and never hold more than its cap of a body in memory.
 */
const MB = 1024 * 1024;
const FLOOD_BYTES = 400 * MB;
const MAX_EMAIL_BYTES = 5 * MB;

let server: ChildProcess;
let port = 0;

/** Resident memory of the server process now, and its peak since it started (Linux /proc). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)![1]);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/**
 * POSTs up to `total` bytes in 1 MB chunks (respecting backpressure) and stops sending as soon
 * as the server answers. Resolves with the status and how much was sent by then.
 */
function flood(
  headers: Record<string, string>,
  total = FLOOD_BYTES,
): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(MB, "a");
    let sent = 0;
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/", headers });
    req.on("response", (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: sent });
      req.destroy();
    });
    req.on("error", (err) => {
      if (!answered) reject(err);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe("webhook flood (a real server process)", () => {
  beforeAll(async () => {
    server = spawn(
      process.execPath,
      ["--import", "tsx", path.join(__dirname, "test-support", "webhook-server.ts")],
      {
        env: {
          ...process.env,
          DATABASE_URL: inject("databaseUrl"),
          INBOUND_WEBHOOK_SECRET: "flood-test-webhook-secret-123",
          MAX_EMAIL_BYTES: String(MAX_EMAIL_BYTES),
          LOG_LEVEL: "silent",
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    port = await new Promise<number>((resolve, reject) => {
      server.stdout!.once("data", (d: Buffer) =>
        resolve((JSON.parse(String(d)) as { port: number }).port),
      );
      server.once("exit", (code) => reject(new Error(`webhook server exited ${code}`)));
    });
  });
  afterAll(() => {
    server.kill();
  });

  it("an unsigned 400 MB POST is refused (401) before its body is read; the server's memory stays bounded", async () => {
    const before = memoryOf(server.pid!);
    const r = await flood({ "content-type": "message/rfc822" });
    expect(r.status).toBe(401);
    expect(r.sentBytes).toBeLessThan(FLOOD_BYTES);
    expect(memoryOf(server.pid!).peakMb - before.rssMb).toBeLessThan(100);
  });

  it("a signed-looking 400 MB POST without a length is cut off at the cap (413); memory stays bounded", async () => {
    const before = memoryOf(server.pid!);
    const t = Math.floor(Date.now() / 1000);
    const r = await flood({
      "content-type": "message/rfc822",
      "x-refund-desk-signature": `t=${t},v1=${"ab".repeat(32)}`,
    });
    expect(r.status).toBe(413);
    expect(r.sentBytes).toBeLessThan(FLOOD_BYTES);
    expect(memoryOf(server.pid!).peakMb - before.rssMb).toBeLessThan(100);
  });

  it("a 400 MB Content-Length is refused (413) before any of the body is read", async () => {
    const t = Math.floor(Date.now() / 1000);
    const r = await flood({
      "content-type": "message/rfc822",
      "content-length": String(FLOOD_BYTES),
      "x-refund-desk-signature": `t=${t},v1=${"ab".repeat(32)}`,
    });
    expect(r.status).toBe(413);
    expect(r.sentBytes).toBeLessThan(FLOOD_BYTES);
  });
});
