import http from "node:http";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { users } from "../../db/schema";
import { e2eDb } from "./seed";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request to the app from a chosen loopback address (the socket address the server sees). */
export function requestFrom(
  localAddress: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const base = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: opts.method ?? "GET",
        headers: opts.headers,
        localAddress,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/**
 * A password sign-in through next-auth's credentials endpoint from `localAddress`, with optional
 * extra headers (a forged X-Forwarded-For). Returns null when accepted, else the message shown.
 */
export async function signInFrom(
  localAddress: string,
  creds: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<string | null> {
  const csrf = await requestFrom(localAddress, "/api/auth/csrf", { headers });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await requestFrom(localAddress, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, ...creds, json: "true" }).toString(),
  });
  const { url } = JSON.parse(res.body) as { url: string };
  return new URL(url, "http://x").searchParams.get("error");
}

/**
 * A fresh active user with a password, so a test can lock it or sign it out (which ends all its
 * sessions) without touching the demo users other tests are signed in as.
 */
export async function seedPasswordUser(
  password: string,
  role: "reviewer" | "manager" | "admin" = "reviewer",
): Promise<{ id: string; email: string; password: string }> {
  const email = `e2e-user-${randomUUID().slice(0, 8)}@refund-desk.test`;
  const [u] = await e2eDb()
    .insert(users)
    .values({ email, name: `E2E ${email}`, role, passwordHash: await hashPassword(password) })
    .returning();
  return { id: u!.id, email, password };
}
