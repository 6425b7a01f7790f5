import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { unlockAccount } from "@/lib/auth/account-lock";
import { signInLimiters, type SignInLimits } from "@/lib/auth/sign-in-limits";
import { AppError } from "@/lib/server/app-error";

export type UnlockUserOptions = {
  /** Admin lifting the lock. */
  actorId: string;
  userId: string;
  limits: SignInLimits;
};

/** Lifts a sign-in lock before it runs out (audited as user.unlocked by the admin). */
export async function unlockUser(db: Db, opts: UnlockUserOptions): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, opts.userId)).limit(1);
  if (!user) throw new AppError("NOT_FOUND", { userMessage: "That user no longer exists." });
  await unlockAccount(db, {
    userId: user.id,
    email: user.email,
    actorId: opts.actorId,
    accountLimiter: signInLimiters(db, opts.limits).account,
  });
}
