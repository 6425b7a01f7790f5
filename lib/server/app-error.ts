/**
 * Expected failures: a code for programs, a message safe to show a user.
 * Anything thrown that is not an AppError is a bug: logged, never shown.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "STALE"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "UNAVAILABLE"
  /** Failed unexpectedly, but the caller must be told what that means (e.g. "not stored: retry"). */
  | "INTERNAL";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string[]>;
  readonly details?: unknown;

  constructor(
    code: AppErrorCode,
    opts: {
      message?: string;
      userMessage: string;
      fieldErrors?: Record<string, string[]>;
      details?: unknown;
      /** The underlying error, logged (never shown) when the code is a server failure. */
      cause?: unknown;
    },
  ) {
    super(opts.message ?? opts.userMessage, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = opts.userMessage;
    this.fieldErrors = opts.fieldErrors;
    this.details = opts.details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
