import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { derivedKeyId, parseKeyring } from "./keyring";

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const b64 = (k: Buffer) => k.toString("base64");

describe("the sealing keyring", () => {
  it("takes the current key's id from the key itself unless one is given", () => {
    const ring = parseKeyring({ current: b64(keyA) });
    expect(ring.current.id).toBe(derivedKeyId(keyA));
    expect(ring.current.id).toMatch(/^[0-9a-f]{12}$/);
    expect(derivedKeyId(keyA)).not.toBe(derivedKeyId(keyB));
    expect(parseKeyring({ current: `2026-11:${b64(keyA)}` }).current.id).toBe("2026-11");
  });

  it("keeps old keys for reading, by id, beside the current one", () => {
    const ring = parseKeyring({
      current: `new:${b64(keyB)}`,
      old: ` old:${keyA.toString("hex")} , ${b64(keyB)} `,
    });
    expect(ring.current).toEqual({ id: "new", key: keyB });
    expect([...ring.byId.keys()].sort()).toEqual(["new", "old", derivedKeyId(keyB)].sort());
    expect(ring.byId.get("old")).toEqual(keyA);
  });

  it("refuses a missing current key, a bad entry or one id for two keys, naming the variable and never the key", () => {
    expect(() => parseKeyring({ current: undefined })).toThrow(/PAYMENT_DETAILS_KEY is not set/);
    expect(() => parseKeyring({ current: "short" })).toThrow(/PAYMENT_DETAILS_KEY: .*32 bytes/);
    expect(() => parseKeyring({ current: b64(keyA), old: `x:${b64(keyB)},oops` })).toThrow(
      /PAYMENT_DETAILS_OLD_KEYS entry 2/,
    );
    expect(() => parseKeyring({ current: `bad id!:${b64(keyA)}` })).toThrow(/key id/);
    const clash = () => parseKeyring({ current: `k1:${b64(keyA)}`, old: `k1:${b64(keyB)}` });
    expect(clash).toThrow(/"k1" names two different keys/);
    try {
      clash();
    } catch (err) {
      expect(String(err)).not.toContain(b64(keyA));
      expect(String(err)).not.toContain(b64(keyB));
    }
  });
});
