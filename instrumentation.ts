/** Logs every server-side render/action/route error as one JSON line with the request id. */
export async function onRequestError(
  err: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/server/logger");
  const e = err instanceof Error ? err : new Error(String(err));
  const digest =
    typeof err === "object" && err !== null && "digest" in err ? err.digest : undefined;
  logger.error(
    {
      requestId: request.headers["x-request-id"],
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      digest,
      err: { message: e.message, stack: e.stack },
    },
    "request failed",
  );
}
