import pino from "pino";
import { env } from "@/lib/env";
import { serializeError } from "./serialize-error";

/** Structured JSON logs (stdout unless given a destination); every server error carries the request id. */
export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: env().LOG_LEVEL,
      base: { app: "refund-desk" },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Failed queries' bound parameters never reach the log (see serializeError).
      serializers: { err: serializeError, error: serializeError, cause: serializeError },
      redact: {
        paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
        remove: true,
      },
    },
    destination,
  );
}

export const logger = createLogger();
