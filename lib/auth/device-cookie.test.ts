import { describe, expect, it } from "vitest";
import { signDeviceCookie, verifyDeviceCookie } from "./device-cookie";

const secret = "a-test-secret-of-some-length";
const userId = "0b6f2f2e-4a57-4b7e-9d7c-0f0d8d1f8a11";

describe("known-device cookie", () => {
  it("vouches for the user it was issued to", () => {
    expect(verifyDeviceCookie(secret, signDeviceCookie(secret, userId))).toBe(userId);
  });

  it("refuses a forged, re-addressed, foreign or expired cookie", () => {
    const good = signDeviceCookie(secret, userId);
    const other = "1b6f2f2e-4a57-4b7e-9d7c-0f0d8d1f8a11";
    expect(verifyDeviceCookie(secret, good.replace(userId, other))).toBeNull();
    expect(verifyDeviceCookie("another-secret-entirely", good)).toBeNull();
    expect(verifyDeviceCookie(secret, `${userId}.1.${"A".repeat(43)}`)).toBeNull();
    expect(verifyDeviceCookie(secret, undefined)).toBeNull();
    const old = signDeviceCookie(secret, userId, Date.now() - 181 * 86_400_000);
    expect(verifyDeviceCookie(secret, old)).toBeNull();
  });
});
