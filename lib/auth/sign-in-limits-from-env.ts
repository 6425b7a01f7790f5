import { env } from "@/lib/env";
import type { SignInLimits } from "./sign-in-limits";

/** The sign-in limits configured by SIGNIN_* (README: Configuration). */
export function signInLimitsFromEnv(): SignInLimits {
  const e = env();
  return {
    perAccount: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
    perIp: e.SIGNIN_MAX_FAILURES_PER_IP,
    windowMinutes: e.SIGNIN_WINDOW_MINUTES,
  };
}
