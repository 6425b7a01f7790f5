import { env } from "@/lib/env";
import { decryptSecret, encryptSecret, parseEncryptionKey } from "@/lib/ingest/secret-box";

let key: Buffer | undefined;

function detailsKey(): Buffer {
  const configured = env().PAYMENT_DETAILS_KEY;
  if (!configured)
    throw new Error("PAYMENT_DETAILS_KEY is not set: payment details cannot be stored or read");
  key ??= parseEncryptionKey(configured);
  return key;
}

/** The full payment detail back from its sealed form: only to hand it to the payment provider. */
export function unsealPaymentDetail(sealed: string): string {
  return decryptSecret(sealed, detailsKey());
}

/** Seals a full payment detail with PAYMENT_DETAILS_KEY (AES-256-GCM); the masked form is stored beside it. */
export function sealPaymentDetail(value: string | null): string | null {
  if (!value) return null;
  return encryptSecret(value, detailsKey());
}
