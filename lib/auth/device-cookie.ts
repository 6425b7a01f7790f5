import { createHmac, timingSafeEqual } from "node:crypto";

/** Set after a successful password sign-in; vouches that this browser has signed in as that user before. */
export const DEVICE_COOKIE = "rd_known_device";
export const DEVICE_COOKIE_MAX_AGE_DAYS = 180;

const mac = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`known-device:${payload}`).digest("base64url");

/** `<userId>.<issued ms>.<HMAC>`: signed with the session secret, so it cannot be forged. */
export function signDeviceCookie(secret: string, userId: string, now = Date.now()): string {
  const payload = `${userId}.${now}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The user the cookie vouches for, or null when it is forged, malformed or too old. */
export function verifyDeviceCookie(
  secret: string,
  value: string | undefined,
  now = Date.now(),
): string | null {
  const m = value?.match(/^([0-9a-f-]{36})\.(\d{1,15})\.([\w-]{43})$/);
  if (!m) return null;
  const [, userId = "", issued = "", given = ""] = m;
  const expected = Buffer.from(mac(secret, `${userId}.${issued}`));
  if (!timingSafeEqual(expected, Buffer.from(given))) return null;
  const age = now - Number(issued);
  return age >= 0 && age < DEVICE_COOKIE_MAX_AGE_DAYS * 86_400_000 ? userId : null;
}
