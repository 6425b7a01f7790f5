import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** The id proxy.ts stamps on every request, so a user's report matches a log line. */
export async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID();
  }
}
