import "server-only";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/permissions";
import { isDatabaseUnavailable } from "@/db/connection-errors";
import { isAppError, type AppErrorCode } from "./app-error";
import { logger } from "./logger";
import { currentRequestId } from "./request-id";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "INTERNAL";
      message: string;
      fieldErrors?: Record<string, string[]>;
      details?: unknown;
    };

export type ActionContext<P> = {
  user: P extends "public" ? SessionUser | null : SessionUser;
  requestId: string;
};

/** FormData → plain object; repeated keys become arrays; Next's internal $ACTION fields dropped. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of fd.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // Forms are flat: "clauses.0" belongs to the "clauses" field.
    const key = String(issue.path[0] ?? "_form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * A built server action, typed by its schema's input: called directly with an object (or a
 * FormData from a form), or by useActionState with (previous state, FormData). The second
 * signature is last so that React's useActionState infers from it.
 */
export type ServerAction<I, R> = {
  (input: I | FormData): Promise<ActionResult<R>>;
  (prevState: ActionResult<R> | null, formData: FormData): Promise<ActionResult<R>>;
};

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Fields holding a control character (NUL, which PostgreSQL text cannot store, and the like):
 * refused as a field error for every action at once, before any schema or database sees them.
 */
function controlCharFields(raw: unknown): Record<string, string[]> | null {
  if (typeof raw !== "object" || raw === null) return null;
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === "string" && CONTROL_CHARS.test(v)))
      out[key] = ["Contains a control character; remove it and try again."];
  }
  return Object.keys(out).length ? out : null;
}

/**
 * The one way to build a server action: authenticate → zod-parse → check the
 * permission → run the domain call → typed result. The permission is
 * required; a public action says "public". Accepts an object, a FormData, or
 * (prevState, FormData) as useActionState passes them.
 */
export function action<S extends z.ZodType, R, P extends Permission | "public">(
  opts: { schema: S; permission: P; name: string },
  fn: (input: z.output<S>, ctx: ActionContext<P>) => Promise<R>,
): ServerAction<z.input<S>, R> {
  function run(input: z.input<S> | FormData): Promise<ActionResult<R>>;
  function run(prevState: ActionResult<R> | null, formData: FormData): Promise<ActionResult<R>>;
  async function run(...args: unknown[]): Promise<ActionResult<R>> {
    const requestId = await currentRequestId();
    try {
      const given = args.length >= 2 ? args[1] : args[0];
      const user = await authorize(opts.permission);
      const raw = given instanceof FormData ? formDataToObject(given) : given;
      const badChars = controlCharFields(raw);
      if (badChars)
        return {
          ok: false,
          code: "INVALID_INPUT",
          message: "Please correct the highlighted fields.",
          fieldErrors: badChars,
        };
      const input = opts.schema.safeParse(raw);
      if (!input.success) {
        return {
          ok: false,
          code: "INVALID_INPUT",
          message: "Please correct the highlighted fields.",
          fieldErrors: fieldErrorsOf(input.error),
        };
      }
      // authorize() returns a user for every permission but "public", which is what P says.
      const ctxUser = user as ActionContext<P>["user"];
      const data = await fn(input.data, { user: ctxUser, requestId });
      return { ok: true, data };
    } catch (err) {
      if (isAppError(err)) {
        logger.info({ requestId, action: opts.name, code: err.code }, "action refused");
        return {
          ok: false,
          code: err.code,
          message: err.userMessage,
          fieldErrors: err.fieldErrors,
          details: err.details,
        };
      }
      // Next's redirect()/notFound() signal by throwing; let them through.
      if (isNextSignal(err)) throw err;
      if (isDatabaseUnavailable(err)) {
        logger.warn({ requestId, action: opts.name, err }, "action failed: database unavailable");
        return {
          ok: false,
          code: "UNAVAILABLE",
          message: `The database is briefly unavailable, so this may not have been saved. Try again in a moment. Reference: ${requestId}`,
        };
      }
      logger.error({ requestId, action: opts.name, err }, "action failed");
      return {
        ok: false,
        code: "INTERNAL",
        message: `Something went wrong. Reference: ${requestId}`,
      };
    }
  }
  return run;
}

function isNextSignal(err: unknown): boolean {
  return (
    typeof err === "object" &&
    err !== null &&
    "digest" in err &&
    String(err.digest).startsWith("NEXT_")
  );
}
