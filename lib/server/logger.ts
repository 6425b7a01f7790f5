import pino from "pino";
import { env } from "@/lib/env";

/** Structured JSON logs on stdout; every server error carries the request id. */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "refund-desk" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
    remove: true,
  },
});
