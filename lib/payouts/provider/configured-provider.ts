import type { Env } from "@/lib/env";
import { createHttpProvider } from "./http-provider";
import type { PaymentProvider } from "./types";

/** The provider every payment method of this deployment refunds through (payment_methods.provider). */
export const PROVIDER_NAME = "sandbox";

/** The payment provider named by the environment (npm start points it at the sandbox it runs). */
export function configuredProvider(e: Env): PaymentProvider | null {
  if (!e.PAYMENT_PROVIDER_URL) return null;
  return createHttpProvider({
    name: PROVIDER_NAME,
    baseUrl: e.PAYMENT_PROVIDER_URL,
    apiKey: e.PAYMENT_PROVIDER_API_KEY,
    timeoutMs: e.PAYMENT_PROVIDER_TIMEOUT_MS,
  });
}
