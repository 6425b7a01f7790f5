import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/**
 * The id a user's error reference and the log line share: the upstream proxy's
 * X-Request-Id when one is deployed in front of the app, else a fresh one.
 * (There is no Next proxy.ts stamping every request: it cost ~2 ms on every
 * page for an id that is only read when something fails. Page render errors
 * are matched by Next's error digest instead.)
 */
export async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID();
  }
}

export function requestIdOf(req: Request): string {
  return req.headers.get("x-request-id") ?? randomUUID();
}
