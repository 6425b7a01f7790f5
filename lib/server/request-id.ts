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
    return usable((await headers()).get("x-request-id"));
  } catch {
    return randomUUID();
  }
}

export function requestIdOf(req: Request): string {
  return usable(req.headers.get("x-request-id"));
}

/** An upstream id is echoed to the user and logged: only a short plain token is taken as one. */
function usable(upstream: string | null): string {
  return upstream && /^[\w.:-]{1,100}$/.test(upstream) ? upstream : randomUUID();
}
