import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's address for rate limits. Next's route handlers expose no socket address, and
 * `next start` keeps a client-sent X-Forwarded-For as it is (it only fills the header in when it is
 * missing). So the app is served by scripts/next-server.ts, which appends the socket address to
 * X-Forwarded-For as every proxy does. Entries to the left of that are claims, trusted only as far
 * as `trustedHops` proxies of our own added them: 0 (no proxy in front) takes the socket address.
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  trustedHops: number,
): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? "unknown";
}

/** The current request's client address (route handlers, server actions, next-auth callbacks). */
export async function requestClientAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"), env().TRUST_PROXY_HOPS);
}
