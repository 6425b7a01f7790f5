import { env } from "@/lib/env";
import { encryptSecret, parseEncryptionKey } from "@/lib/ingest/secret-box";

let key: Buffer | undefined;

/** Seals a full payment detail with PAYMENT_DETAILS_KEY (AES-256-GCM); the masked form is stored beside it. */
export function sealPaymentDetail(value: string | null): string | null {
  if (!value) return null;
  const configured = env().PAYMENT_DETAILS_KEY;
  if (!configured)
    throw new Error("PAYMENT_DETAILS_KEY is not set: payment details cannot be stored");
  key ??= parseEncryptionKey(configured);
  return encryptSecret(value, key);
}
