import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { AppError } from "@/lib/server/app-error";
import { lockAccount, unlockAccount } from "./account-lock";
import { dummyHash, verifyPassword } from "./password";
import { minutesOf, signInLimiters, type SignInLimits } from "./sign-in-limits";

export type AuthenticatePasswordOptions = {
  email: string;
  password: string;
  /** Caller's address (lib/server/client-address.ts), for the per-IP limit. */
  ip: string;
  /** The user a valid device cookie vouches for: that device may sign in to a locked account. */
  knownDeviceUserId?: string | null;
  limits: SignInLimits;
};

export const INVALID_CREDENTIALS = "Email or password is incorrect.";

export const lockedMessage = (minutes: number) =>
  `This account is locked for ${minutes} minute${minutes === 1 ? "" : "s"} after repeated failed sign-ins. ` +
  "Sign in from a device you have signed in from before, or ask an admin to unlock it.";

const refused = (code: "UNAUTHENTICATED" | "RATE_LIMITED", userMessage: string) =>
  new AppError(code, { userMessage });

/**
 * Checks an email + password. Every attempt is counted before the password is looked at, in one
 * atomic statement per key, so simultaneous guesses cannot all slip under the limit. An unknown
 * email, a wrong password and a deactivated account get the same message and similar timing; after
 * `perAccount` failures any account string, real or not, gets the same lock message. A real
 * account is then locked (audited) until the window passes, a known device signs in, or an admin
 * unlocks it.
 */
export async function authenticatePassword(
  db: Db,
  opts: AuthenticatePasswordOptions,
): Promise<User> {
  const email = opts.email.trim().toLowerCase();
  const limiters = signInLimiters(db, opts.limits);
  const byIp = await limiters.ip.count(opts.ip);
  if (!byIp.allowed)
    throw refused(
      "RATE_LIMITED",
      `Too many failed sign-in attempts from your network. Try again in ${minutesOf(byIp.msLeft)} minutes.`,
    );
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const knownDevice = Boolean(user && opts.knownDeviceUserId === user.id);
  const now = Date.now();
  let failures = 0;
  if (!knownDevice) {
    const byAccount = await limiters.account.count(email);
    failures = byAccount.consumed;
    if (!byAccount.allowed)
      throw refused("RATE_LIMITED", lockedMessage(minutesOf(byAccount.msLeft)));
    const lockedFor = (user?.lockedUntil?.getTime() ?? 0) - now;
    if (lockedFor > 0) throw refused("RATE_LIMITED", lockedMessage(minutesOf(lockedFor)));
  }
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), opts.password);
  if (!user || !user.active || !user.passwordHash || !ok) {
    // The attempt that reaches the limit locks a real account; later ones never get this far.
    if (user?.active && user.passwordHash && failures === opts.limits.perAccount) {
      const until = new Date(now + opts.limits.windowMinutes * 60_000);
      await lockAccount(db, { userId: user.id, until, failures });
    }
    throw refused("UNAUTHENTICATED", INVALID_CREDENTIALS);
  }
  await limiters.ip.refund(opts.ip);
  if (knownDevice)
    await unlockAccount(db, {
      userId: user.id,
      email,
      actorId: null,
      accountLimiter: limiters.account,
    });
  else await limiters.account.clear(email);
  return { ...user, lockedUntil: null };
}
