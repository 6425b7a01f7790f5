import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  startSandboxProvider,
  type SandboxProviderProcess,
  type StartSandboxProviderOptions,
} from "../../../../scripts/lib/start-sandbox-provider";
import { createHttpProvider } from "../../provider/http-provider";
import type { PaymentProvider, ProviderRefund } from "../../provider/types";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

export const WEBHOOK_SECRET = "whsec_test_secret_0123456789";
export const API_KEY = "sk_sandbox_test_key";

export type SandboxListing = ProviderRefund & {
  eventId: string | null;
  delivered: boolean;
  deliveryAttempts: number;
  metadata: Record<string, string>;
};

export type TestSandbox = {
  sandbox: SandboxProviderProcess;
  receiver: WebhookReceiver;
  /** The HTTP adapter pointed at the sandbox (timeout 5 s unless given). */
  client(timeoutMs?: number): PaymentProvider;
  /** Everything the sandbox holds (GET /__sandbox/refunds). */
  listing(): Promise<SandboxListing[]>;
  fault(body: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
};

/** A real sandbox process on a free port with a temp data folder, and a webhook receiver. */
export async function startTestSandbox(
  opts: {
    settleDelayMs?: number;
    respond?: (n: number) => number;
  } & Partial<StartSandboxProviderOptions> = {},
): Promise<TestSandbox> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-sandbox-"));
  const receiver = await startWebhookReceiver({ secret: WEBHOOK_SECRET, respond: opts.respond });
  const sandbox = await startSandboxProvider({
    dataDir,
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    apiKey: API_KEY,
    testControls: true,
    ...opts,
    extraArgs: ["--webhook-retry-base-ms", "200", ...(opts.extraArgs ?? [])],
    settleDelayMs: opts.settleDelayMs ?? 300,
  });
  const json = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  return {
    sandbox,
    receiver,
    client: (timeoutMs = 5000) =>
      createHttpProvider({ name: "sandbox", baseUrl: sandbox.url, apiKey: API_KEY, timeoutMs }),
    listing: async () =>
      (
        (await json(await fetch(`${sandbox.url}/__sandbox/refunds`))) as {
          refunds: SandboxListing[];
        }
      ).refunds,
    fault: async (body) => {
      await json(
        await fetch(`${sandbox.url}/__sandbox/faults`, {
          method: "POST",
          body: JSON.stringify(body),
        }),
      );
    },
    close: async () => {
      await sandbox.stop();
      await receiver.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
