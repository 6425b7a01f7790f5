import { env, resetEnvCache } from "../../lib/env";
import { startSandboxProvider, type SandboxProviderProcess } from "./start-sandbox-provider";

/**
 * The payment provider npm start and the e2e harness run: the sandbox, as
 * its own process, unless PAYMENT_PROVIDER_URL names a real one. Sets
 * PAYMENT_PROVIDER_URL for the job runner started after it. Outcomes are
 * reported by webhook to this app's /api/payouts/webhook.
 */
export async function startPaymentProvider(o: {
  appUrl: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<SandboxProviderProcess | null> {
  if (process.env.PAYMENT_PROVIDER_URL) return null;
  const e = env();
  if (!e.PAYMENT_WEBHOOK_SECRET)
    throw new Error("PAYMENT_WEBHOOK_SECRET is not set (npm start generates one)");
  const sandbox = await startSandboxProvider({
    dataDir: o.dataDir,
    webhookUrl: `${o.appUrl}/api/payouts/webhook`,
    webhookSecret: e.PAYMENT_WEBHOOK_SECRET,
    apiKey: e.PAYMENT_PROVIDER_API_KEY,
    settleDelayMs: e.SANDBOX_SETTLE_DELAY_MS,
    onLog: o.log,
  });
  process.env.PAYMENT_PROVIDER_URL = sandbox.url;
  resetEnvCache();
  return sandbox;
}
