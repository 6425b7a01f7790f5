import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// "v1" names the format (AES-256-GCM, 12-byte IV, 16-byte tag) so keys or
// ciphers can change later without guessing what an old blob is.
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function assertKey(key: Buffer): void {
  if (key.length !== 32) throw new Error("encryption key must be 32 bytes");
}

/** Encrypts a payment detail for storage: "v1:<iv>:<tag>:<ciphertext>", each base64. */
export function encryptSecret(plain: string, key: Buffer): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64"),
    cipher.getAuthTag().toString("base64"),
    ciphertext.toString("base64"),
  ].join(":");
}

/** Reverses encryptSecret. Throws on a wrong key, a foreign format or any tampering (GCM tag check). */
export function decryptSecret(blob: string, key: Buffer): string {
  assertKey(key);
  const parts = blob.split(":");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error("unsupported secret format");
  const [, ivB64 = "", tagB64 = "", dataB64 = ""] = parts;
  const iv = Buffer.from(ivB64, "base64");
  const tag = Buffer.from(tagB64, "base64");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error("malformed secret");
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(Buffer.from(dataB64, "base64")),
    decipher.final(),
  ]).toString("utf8");
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
