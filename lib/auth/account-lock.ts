import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Limiter } from "./sign-in-limits";

/** Locks a real account after repeated failed sign-ins (audited once per lock). */
export async function lockAccount(
  db: Db,
  opts: { userId: string; until: Date; failures: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lockedUntil: opts.until }).where(eq(users.id, opts.userId));
    await recordAudit(tx, {
      actorId: null,
      action: "user.locked",
      entityType: "user",
      entityId: opts.userId,
      data: { failures: opts.failures, until: opts.until.toISOString() },
    });
  });
}

export type UnlockAccountOptions = {
  userId: string;
  /** The account's failure count is keyed by its lower-cased email. */
  email: string;
  /** The admin who lifted it, or null when a sign-in from a known device did. */
  actorId: string | null;
  accountLimiter: Limiter;
};

/** Lifts a lock and forgets the failures; audited only when there was a lock to lift. */
export async function unlockAccount(db: Db, opts: UnlockAccountOptions): Promise<boolean> {
  await opts.accountLimiter.clear(opts.email.trim().toLowerCase());
  return db.transaction(async (tx) => {
    const lifted = await tx
      .update(users)
      .set({ lockedUntil: null })
      .where(and(eq(users.id, opts.userId), isNotNull(users.lockedUntil)))
      .returning({ id: users.id });
    if (lifted.length === 0) return false;
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "user.unlocked",
      entityType: "user",
      entityId: opts.userId,
      data: { by: opts.actorId ? "admin" : "known_device" },
    });
    return true;
  });
}
