import { createCipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseKeyring } from "./keyring";
import {
  openBuffer,
  openString,
  parseEncryptionKey,
  sealBuffer,
  sealedKeyId,
  sealString,
  UnknownSealingKey,
} from "./secret-box";

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const ringA = parseKeyring({ current: `a:${keyA.toString("base64")}` });
const ringB = parseKeyring({ current: `b:${keyB.toString("hex")}` });
const ringBthenA = parseKeyring({
  current: `b:${keyB.toString("hex")}`,
  old: `a:${keyA.toString("base64")}`,
});

/** A blob in the format written before key ids existed: "v1:<iv>:<tag>:<ciphertext>". */
function legacyV1(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => p.toString("base64")).join(":");
}

describe("secret box: strings", () => {
  it("round-trips a payment detail under a key id, never repeating a ciphertext", () => {
    const a = sealString("DE89370400440532013000", ringA);
    const b = sealString("DE89370400440532013000", ringA);
    expect(a).toMatch(/^v2:a:[^:]+:[^:]+:[^:]+$/);
    expect(a).not.toBe(b);
    expect(sealedKeyId(a)).toBe("a");
    expect(openString(a, ringA)).toBe("DE89370400440532013000");
    expect(openString(sealString("карта 4242 ✓", ringA), ringA)).toBe("карта 4242 ✓");
  });

  it("opens a value sealed with an old key that is still listed, and names a key that is not", () => {
    const sealedA = sealString("4111111111111111", ringA);
    expect(openString(sealedA, ringBthenA)).toBe("4111111111111111");
    expect(() => openString(sealedA, ringB)).toThrow(UnknownSealingKey);
    expect(() => openString(sealedA, ringB)).toThrow(/key id "a"/);
  });

  it("reads the single-key v1 format with whichever configured key opens it", () => {
    const v1 = legacyV1("4242424242424242", keyA);
    expect(sealedKeyId(v1)).toBeNull();
    expect(openString(v1, ringA)).toBe("4242424242424242");
    expect(openString(v1, ringBthenA)).toBe("4242424242424242");
    expect(() => openString(v1, ringB)).toThrow(/v1/);
  });

  it("throws when the ciphertext, tag, iv or key id is tampered with", () => {
    const [v, id, iv, tag, data] = sealString("4242424242424242", ringBthenA).split(":") as [
      string,
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
    expect(() => openString([v, id, iv, tag, flip(data)].join(":"), ringBthenA)).toThrow();
    expect(() => openString([v, id, iv, flip(tag), data].join(":"), ringBthenA)).toThrow();
    expect(() => openString([v, id, flip(iv), tag, data].join(":"), ringBthenA)).toThrow();
    // The key id is authenticated: relabelling a blob does not make another key open it.
    expect(() => openString([v, "a", iv, tag, data].join(":"), ringBthenA)).toThrow();
    expect(() => openString("v3:b:x:y:z", ringBthenA)).toThrow(/format/);
    expect(() => openString("garbage", ringBthenA)).toThrow(/format/);
  });
});

describe("secret box: bytes", () => {
  const fixtures = path.join(process.cwd(), "lib", "ingest", "fixtures");

  it("gives back every fixture email byte for byte, binary and 8-bit ones included", () => {
    const files = fs.readdirSync(fixtures).filter((f) => f.endsWith(".eml"));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const raw = fs.readFileSync(path.join(fixtures, f));
      const sealed = sealBuffer(raw, ringA);
      expect(sealed.includes(raw.subarray(0, Math.min(raw.length, 64)))).toBe(raw.length === 0);
      expect(openBuffer(sealed, ringBthenA).equals(raw)).toBe(true);
    }
    const binary = randomBytes(70_000);
    binary[0] = 0;
    expect(openBuffer(sealBuffer(binary, ringA), ringA).equals(binary)).toBe(true);
    expect(openBuffer(sealBuffer(Buffer.alloc(0), ringA), ringA)).toHaveLength(0);
  });

  it("starts with a readable header naming the key id, and refuses an unknown or tampered one", () => {
    const sealed = sealBuffer(Buffer.from("Subject: refund\r\n\r\n4111 1111 1111 1111"), ringA);
    expect(sealed.subarray(0, 5).toString("latin1")).toBe("v2:a:");
    expect(sealedKeyId(sealed)).toBe("a");
    expect(() => openBuffer(sealed, ringB)).toThrow(/key id "a"/);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => openBuffer(tampered, ringA)).toThrow();
    expect(() => openBuffer(Buffer.from("plain text, not sealed"), ringA)).toThrow(/format/);
  });
});

describe("parseEncryptionKey", () => {
  it("parses 32-byte keys from hex or base64 only", () => {
    expect(parseEncryptionKey(keyA.toString("hex"))).toEqual(keyA);
    expect(parseEncryptionKey(keyA.toString("base64"))).toEqual(keyA);
    expect(parseEncryptionKey(keyA.toString("base64url"))).toEqual(keyA);
    expect(() => parseEncryptionKey(randomBytes(16).toString("hex"))).toThrow();
    expect(() => parseEncryptionKey("not a key")).toThrow();
  });
});
