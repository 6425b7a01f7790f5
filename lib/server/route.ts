import "server-only";
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
  UNAVAILABLE: 503,
};

/** Route handlers: the session and permission are checked on the server before the handler runs. */
export function route<C>(
  permission: Permission,
  fn: (req: Request, ctx: C, user: SessionUser) => Promise<Response>,
) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      const user = await authorize(permission);
      return await fn(req, ctx, user);
    } catch (err) {
      if (isAppError(err))
        return Response.json(
          { error: err.userMessage, code: err.code },
          { status: STATUS[err.code] },
        );
      const requestId = requestIdOf(req);
      logger.error({ requestId, err }, "route failed");
      return Response.json(
        { error: `Something went wrong. Reference: ${requestId}`, requestId },
        { status: 500, headers: { "x-request-id": requestId } },
      );
    }
  };
}
