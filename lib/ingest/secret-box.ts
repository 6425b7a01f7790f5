import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Sealing at rest: AES-256-GCM, 12-byte IV, 16-byte tag, under a key named by its id.
 *
 * Format v2 carries the key id in clear at the front, so keys can rotate: a value is opened
 * with the key it names, and `keys:rotate` finds the values not yet on the current key. The
 * header ("v2:<key id>:") is the GCM additional data, so relabelling a value fails its tag.
 * - strings (payment details): "v2:<key id>:<iv>:<tag>:<ciphertext>", each part base64;
 * - bytes (emails, attachments): the ASCII header "v2:<key id>:", then iv, tag, ciphertext.
 * Format v1, "v1:<iv>:<tag>:<ciphertext>" from the single-key days, names no key: it is
 * opened with whichever configured key opens it, and `keys:rotate` rewrites it as v2.
 */

export type SealingKey = { id: string; key: Buffer };

export type Keyring = {
  /** Seals everything new. */
  current: SealingKey;
  /** Every key that may open a value: the current one and the old ones, by id. */
  byId: ReadonlyMap<string, Buffer>;
};

/** A sealed value names a key the keyring does not hold (dropped too early, or a wrong keyring). */
export class UnknownSealingKey extends Error {
  constructor(readonly keyId: string) {
    super(
      `sealed with key id "${keyId}", which is neither PAYMENT_DETAILS_KEY nor in PAYMENT_DETAILS_OLD_KEYS`,
    );
    this.name = "UnknownSealingKey";
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** The clear header of a v2 value sealed with this key id; also what SQL compares to find it. */
export const sealedHeader = (keyId: string) => `v2:${keyId}:`;

function encrypt(plain: Buffer, { id, key }: SealingKey) {
  const header = Buffer.from(sealedHeader(id), "latin1");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(header);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { header, iv, tag: cipher.getAuthTag(), data };
}

function decrypt(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer, aad?: Buffer): Buffer {
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error("malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

function keyFor(ring: Keyring, id: string): Buffer {
  const key = ring.byId.get(id);
  if (!key) throw new UnknownSealingKey(id);
  return key;
}

/** Seals a string (a payment detail) with the current key. */
export function sealString(plain: string, ring: Keyring): string {
  const { iv, tag, data } = encrypt(Buffer.from(plain, "utf8"), ring.current);
  return `${sealedHeader(ring.current.id)}${[iv, tag, data].map((b) => b.toString("base64")).join(":")}`;
}

/** Opens a sealed string (v2, or v1). Throws on an unknown key id, a foreign format or any tampering. */
export function openString(sealed: string, ring: Keyring): string {
  const parts = sealed.split(":");
  const b64 = (s: string | undefined) => Buffer.from(s ?? "", "base64");
  if (parts.length === 5 && parts[0] === "v2" && KEY_ID.test(parts[1] ?? "")) {
    const id = parts[1]!;
    const aad = Buffer.from(sealedHeader(id), "latin1");
    return decrypt(keyFor(ring, id), b64(parts[2]), b64(parts[3]), b64(parts[4]), aad).toString(
      "utf8",
    );
  }
  if (parts.length === 4 && parts[0] === "v1") {
    for (const key of ring.byId.values()) {
      try {
        return decrypt(key, b64(parts[1]), b64(parts[2]), b64(parts[3])).toString("utf8");
      } catch {
        // Not this key: v1 names none, so each configured key is tried.
      }
    }
    throw new Error("sealed in the v1 format and none of the configured keys opens it");
  }
  throw new Error("unsupported sealed format");
}

/** Seals bytes (a raw email, a body, an attachment) with the current key. */
export function sealBuffer(plain: Buffer, ring: Keyring): Buffer {
  const { header, iv, tag, data } = encrypt(plain, ring.current);
  return Buffer.concat([header, iv, tag, data]);
}

/** The key id a sealed value names; null for the v1 string format (no id). */
export function sealedKeyId(sealed: string | Buffer): string | null {
  const head = typeof sealed === "string" ? sealed : sealed.subarray(0, 48).toString("latin1");
  const m = /^v2:([A-Za-z0-9_-]{1,40}):/.exec(head);
  return m ? m[1]! : null;
}

/** Opens sealed bytes: exactly the bytes that were sealed. */
export function openBuffer(sealed: Buffer, ring: Keyring): Buffer {
  const id = sealedKeyId(sealed);
  if (id === null) throw new Error("unsupported sealed format");
  const headerLength = sealedHeader(id).length;
  const at = (from: number, length?: number) =>
    sealed.subarray(
      headerLength + from,
      length === undefined ? undefined : headerLength + from + length,
    );
  return decrypt(
    keyFor(ring, id),
    at(0, IV_BYTES),
    at(IV_BYTES, TAG_BYTES),
    at(IV_BYTES + TAG_BYTES),
    sealed.subarray(0, headerLength),
  );
}

/** Accepts a 32-byte key written as 64 hex characters or as base64 (e.g. from an environment variable). */
export function parseEncryptionKey(str: string): Buffer {
  const s = str.trim();
  if (/^[0-9a-fA-F]{64}$/.test(s)) return Buffer.from(s, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(s)) {
    const key = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (key.length === 32) return key;
  }
  throw new Error("encryption key must be 32 bytes, as 64 hex characters or base64");
}
