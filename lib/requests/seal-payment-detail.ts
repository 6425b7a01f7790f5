import { openString, sealString } from "@/lib/ingest/secret-box";
import { sealingKeyring } from "@/lib/sealing/keyring-from-env";

/** The full payment detail back from its sealed form: only to hand it to the payment provider. */
export function unsealPaymentDetail(sealed: string): string {
  return openString(sealed, sealingKeyring());
}

/** Seals a full payment detail with the current key (AES-256-GCM, key id in the value); the masked form is stored beside it. */
export function sealPaymentDetail(value: string | null): string | null {
  if (!value) return null;
  return sealString(value, sealingKeyring());
}
