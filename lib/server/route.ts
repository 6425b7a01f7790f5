import "server-only";
import { isDatabaseUnavailable } from "@/db/connection-errors";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/permissions";
import { isAppError, type AppErrorCode } from "./app-error";
import { logger } from "./logger";
import { requestIdOf } from "./request-id";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  STALE: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Seconds a caller told "unavailable" should wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

/** The user a handler runs for: none for a public route, which never reads a session. */
export type RouteUser<P> = P extends "public" ? null : SessionUser;

/**
 * Route handlers: the session and permission are checked on the server before the handler
 * runs. A public route (the mail webhook, authenticated by its own signature) says "public"
 * and gets no user. Expected failures (AppError) answer with their status and user message;
 * a database that is down or timed out answers 503; anything else is a 500 with a reference
 * that is also in the log line.
 */
export function route<C, P extends Permission | "public" = Permission>(
  permission: P,
  fn: (req: Request, ctx: C, user: RouteUser<P>) => Promise<Response>,
) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      const user = permission === "public" ? null : await authorize(permission);
      // authorize() returns the user for a permission (it throws otherwise), null only for "public".
      return await fn(req, ctx, user as RouteUser<P>);
    } catch (err) {
      const requestId = requestIdOf(req);
      const headers = { "x-request-id": requestId };
      if (isAppError(err)) {
        const status = STATUS[err.code];
        if (status >= 500) logger.error({ requestId, err, cause: err.cause }, "route failed");
        return Response.json(
          { error: err.userMessage, code: err.code, requestId },
          {
            status,
            headers:
              status === 503 ? { ...headers, "retry-after": `${RETRY_AFTER_SECONDS}` } : headers,
          },
        );
      }
      if (isDatabaseUnavailable(err)) {
        logger.warn({ requestId, err }, "route failed: database unavailable");
        return Response.json(
          { error: `The service is briefly unavailable; try again shortly.`, requestId },
          { status: 503, headers: { ...headers, "retry-after": `${RETRY_AFTER_SECONDS}` } },
        );
      }
      logger.error({ requestId, err }, "route failed");
      return Response.json(
        { error: `Something went wrong. Reference: ${requestId}`, requestId },
        { status: 500, headers },
      );
    }
  };
}
