import { openBuffer, sealBuffer } from "@/lib/ingest/secret-box";
import { sealingKeyring } from "./keyring-from-env";

/** Seals bytes with the current key (a raw email, an attachment). */
export function sealBytes(plain: Buffer): Buffer {
  return sealBuffer(plain, sealingKeyring());
}

/** Seals a text (an email body as sent); null stays null. */
export function sealText(plain: string | null): Buffer | null {
  return plain === null ? null : sealBuffer(Buffer.from(plain, "utf8"), sealingKeyring());
}

/**
 * The bytes of a stored email or attachment: opened from the sealed column, or, on a row from
 * before sealing that the seal step has not reached yet, the column in the clear.
 */
export function openStoredBytes(row: { sealed: Buffer | null; clear: Buffer | null }): Buffer {
  if (row.sealed) return openBuffer(row.sealed, sealingKeyring());
  if (row.clear) return row.clear;
  throw new Error("stored without bytes, sealed or clear");
}

/** A sealed body as text; null when there is none. */
export function openStoredText(sealed: Buffer | null): string | null {
  return sealed === null ? null : openBuffer(sealed, sealingKeyring()).toString("utf8");
}
