import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userInvites, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { minutesOf, signInLimiters, type SignInLimits } from "@/lib/auth/sign-in-limits";
import { AppError } from "@/lib/server/app-error";
import { hashToken } from "./invite-user";

export type AcceptInviteOptions = {
  token: string;
  password: string;
  /** Caller's address: attempts per address share the sign-in limits' per-IP budget and window. */
  ip: string;
  limits: SignInLimits;
  now?: Date;
};

/**
 * Sets the invited user's password; the link works once and only before it expires. The token is
 * looked up by its SHA-256 only (an index lookup on a hash reveals nothing about how close a guess
 * came), and attempts are counted per address before the lookup.
 */
export async function acceptInvite(db: Db, opts: AcceptInviteOptions): Promise<{ email: string }> {
  const now = opts.now ?? new Date();
  const limiter = signInLimiters(db, opts.limits).invite;
  const counted = await limiter.count(opts.ip);
  if (!counted.allowed)
    throw new AppError("RATE_LIMITED", {
      userMessage: `Too many invitation attempts from your network. Try again in ${minutesOf(counted.msLeft)} minutes.`,
    });
  const passwordHash = await hashPassword(opts.password);
  const accepted = await db.transaction(async (tx) => {
    const [invite] = await tx
      .select()
      .from(userInvites)
      .where(
        and(
          eq(userInvites.tokenHash, hashToken(opts.token)),
          isNull(userInvites.usedAt),
          gt(userInvites.expiresAt, now),
        ),
      )
      .for("update")
      .limit(1);
    if (!invite)
      throw new AppError("NOT_FOUND", {
        userMessage:
          "This invitation link is invalid, used or expired. Ask an admin for a new one.",
      });
    await tx.update(userInvites).set({ usedAt: now }).where(eq(userInvites.id, invite.id));
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, invite.userId))
      .returning({ email: users.email });
    // The invite row references the user (ON DELETE CASCADE): no invite, no user, and the reverse.
    if (!user) throw new Error("invited user row missing");
    await recordAudit(tx, {
      actorId: invite.userId,
      action: "user.invite_accepted",
      entityType: "user",
      entityId: invite.userId,
      data: {},
    });
    return { email: user.email };
  });
  await limiter.refund(opts.ip);
  return accepted;
}
