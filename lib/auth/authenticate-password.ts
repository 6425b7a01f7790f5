import { and, count, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts, users, type User } from "@/db/schema";
import { AppError } from "@/lib/server/app-error";
import { dummyHash, verifyPassword } from "./password";

export type AuthenticatePasswordOptions = {
  email: string;
  password: string;
  /** Caller's address, for the per-IP limit. */
  ip: string;
  /** Failures allowed per account and per IP inside the window. */
  limits: { perAccount: number; perIp: number; windowMinutes: number };
  now?: Date;
};

export const INVALID_CREDENTIALS = "Email or password is incorrect.";

/**
 * Checks an email + password. The same message and similar timing for an
 * unknown email, a wrong password and a deactivated account, so nothing
 * reveals whether an account exists. Failures are rate-limited per account
 * string and per IP.
 */
export async function authenticatePassword(
  db: Db,
  opts: AuthenticatePasswordOptions,
): Promise<User> {
  const email = opts.email.trim().toLowerCase();
  const now = opts.now ?? new Date();
  const since = new Date(now.getTime() - opts.limits.windowMinutes * 60_000);
  const failures = (where: ReturnType<typeof and>) =>
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.succeeded, false), gte(signInAttempts.at, since), where));
  const [[byAccount], [byIp]] = await Promise.all([
    failures(eq(signInAttempts.email, email)),
    failures(eq(signInAttempts.ip, opts.ip)),
  ]);
  if ((byAccount?.n ?? 0) >= opts.limits.perAccount || (byIp?.n ?? 0) >= opts.limits.perIp) {
    throw new AppError("RATE_LIMITED", {
      userMessage: `Too many failed sign-in attempts. Try again in ${opts.limits.windowMinutes} minutes.`,
    });
  }
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), opts.password);
  const accepted = Boolean(user && user.active && user.passwordHash && ok);
  await db.insert(signInAttempts).values({ email, ip: opts.ip, succeeded: accepted, at: now });
  if (!accepted || !user)
    throw new AppError("UNAUTHENTICATED", { userMessage: INVALID_CREDENTIALS });
  return user;
}
