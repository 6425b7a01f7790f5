import { randomBytes } from "node:crypto";
import { resetEnvCache } from "@/lib/env";
import { parseEncryptionKey } from "@/lib/ingest/secret-box";
import { invalidatePipelineSettings } from "../pipeline-settings";

/** One key per test process; tests decrypt with it. */
export const TEST_PAYMENT_KEY_B64 = randomBytes(32).toString("base64");
export const testPaymentKey = (): Buffer => parseEncryptionKey(TEST_PAYMENT_KEY_B64);

/** The environment the pipeline needs: a sealing key and the default own mailbox address. */
export function setPipelineEnv(extra: Record<string, string | undefined> = {}): void {
  process.env.PAYMENT_DETAILS_KEY = TEST_PAYMENT_KEY_B64;
  delete process.env.MAILBOX_ADDRESSES;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
  // Each test starts from the settings in its database, not those cached by the previous test.
  invalidatePipelineSettings();
}
