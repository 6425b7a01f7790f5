import { NextResponse, type NextRequest } from "next/server";

/**
 * Stamps a request id on every request for the logs. It authorises nothing:
 * every page, action and route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const id = headers.get("x-request-id") ?? crypto.randomUUID();
  headers.set("x-request-id", id);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", id);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
