import { createHash } from "node:crypto";
import { KEY_ID, parseEncryptionKey, type Keyring, type SealingKey } from "./secret-box";

/**
 * A key's id when the configuration gives none: the first 12 hex digits of its SHA-256, so the
 * same key always has the same id, in PAYMENT_DETAILS_KEY today and in the old keys after a
 * rotation, without anyone writing ids down. It reveals nothing usable about a 256-bit key.
 */
export function derivedKeyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

/** One configured key: "KEY" or "ID:KEY" (a key, hex or base64, holds no colon). */
function parseEntry(entry: string, where: string): SealingKey {
  const s = entry.trim();
  const colon = s.indexOf(":");
  const id = colon >= 0 ? s.slice(0, colon).trim() : null;
  if (id !== null && !KEY_ID.test(id))
    throw new Error(`${where}: the key id must be 1–40 letters, digits, "-" or "_"`);
  let key: Buffer;
  try {
    key = parseEncryptionKey(colon >= 0 ? s.slice(colon + 1) : s);
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`);
  }
  return { id: id ?? derivedKeyId(key), key };
}

export type KeyringConfig = {
  /** PAYMENT_DETAILS_KEY: seals everything new. */
  current: string | undefined;
  /** PAYMENT_DETAILS_OLD_KEYS: comma-separated, read only (values sealed before a rotation). */
  old?: string | undefined;
};

/**
 * The keys values are sealed with: the current one and any old ones, by id. An id naming two
 * different keys is refused (a value could not say which it needs). Errors name the variable
 * and the entry, never key material.
 */
export function parseKeyring(config: KeyringConfig): Keyring {
  if (!config.current?.trim())
    throw new Error("PAYMENT_DETAILS_KEY is not set: sealed data cannot be stored or read");
  const current = parseEntry(config.current, "PAYMENT_DETAILS_KEY");
  const old = (config.old ?? "")
    .split(",")
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.trim() !== "")
    .map(({ e, i }) => parseEntry(e, `PAYMENT_DETAILS_OLD_KEYS entry ${i + 1}`));
  const byId = new Map<string, Buffer>();
  for (const { id, key } of [current, ...old]) {
    const known = byId.get(id);
    if (known && !known.equals(key)) throw new Error(`key id "${id}" names two different keys`);
    byId.set(id, key);
  }
  return { current, byId };
}
