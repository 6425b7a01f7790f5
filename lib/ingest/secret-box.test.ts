import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, parseEncryptionKey } from "./secret-box";

const key = randomBytes(32);

describe("secret box", () => {
  it("round-trips a payment detail and never repeats a ciphertext", () => {
    const a = encryptSecret("DE89370400440532013000", key);
    const b = encryptSecret("DE89370400440532013000", key);
    expect(a).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
    expect(a).not.toBe(b);
    expect(decryptSecret(a, key)).toBe("DE89370400440532013000");
    expect(decryptSecret(encryptSecret("карта 4242 ✓", key), key)).toBe("карта 4242 ✓");
  });

  it("throws when the ciphertext, tag or iv is tampered with", () => {
    const [v, iv, tag, data] = encryptSecret("4242424242424242", key).split(":") as [
      string,
      string,
      string,
      string,
    ];
    const flip = (b64: string) => {
      const buf = Buffer.from(b64, "base64");
      buf[0] = (buf[0] ?? 0) ^ 1;
      return buf.toString("base64");
    };
    expect(() => decryptSecret([v, iv, tag, flip(data)].join(":"), key)).toThrow();
    expect(() => decryptSecret([v, iv, flip(tag), data].join(":"), key)).toThrow();
    expect(() => decryptSecret([v, flip(iv), tag, data].join(":"), key)).toThrow();
  });

  it("throws on a wrong key or an unknown format", () => {
    const blob = encryptSecret("secret", key);
    expect(() => decryptSecret(blob, randomBytes(32))).toThrow();
    expect(() => decryptSecret(blob.replace(/^v1/, "v2"), key)).toThrow(/format/);
    expect(() => decryptSecret("garbage", key)).toThrow();
    expect(() => encryptSecret("x", randomBytes(16))).toThrow(/32 bytes/);
  });

  it("parses 32-byte keys from hex or base64 only", () => {
    expect(parseEncryptionKey(key.toString("hex"))).toEqual(key);
    expect(parseEncryptionKey(key.toString("base64"))).toEqual(key);
    expect(parseEncryptionKey(key.toString("base64url"))).toEqual(key);
    expect(() => parseEncryptionKey(randomBytes(16).toString("hex"))).toThrow();
    expect(() => parseEncryptionKey("not a key")).toThrow();
  });
});
