import { and, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { refundRequests, users } from "@/db/schema";
import { ROLES, type Role } from "@/db/schema/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/server/app-error";
import { bumpSessionVersion } from "./bump-session-version";

/** Whoever can manage users is an "admin" for the rule that one must always remain. */
const managesUsers = (role: Role) => can(role, "users.manage");
const USER_MANAGER_ROLES = ROLES.filter(managesUsers);

export type UpdateUserAccessOptions = {
  actorId: string;
  userId: string;
  /** New role, or undefined to keep it. */
  role?: Role;
  /** New active flag, or undefined to keep it. Any change ends the user's current sessions. */
  active?: boolean;
  /**
   * Deactivating someone who holds open requests: release them to the queue, or reassign them
   * to another active reviewer. Without a choice the deactivation is refused, saying how many.
   */
  assigned?: { mode: "release" } | { mode: "reassign"; toUserId: string };
};

const OPEN_STATUSES = ["to_review", "awaiting_customer"] as const;

/** Changes a user's role or active flag; never leaves the system without an active admin. */
export async function updateUserAccess(db: Db, opts: UpdateUserAccessOptions): Promise<void> {
  await db.transaction(async (tx) => {
    // Serialise access changes: two admins demoting each other at once must not both succeed.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7243003)`);
    const [user] = await tx
      .select()
      .from(users)
      .where(eq(users.id, opts.userId))
      .for("update")
      .limit(1);
    if (!user) throw new AppError("NOT_FOUND", { userMessage: "That user no longer exists." });
    const role = opts.role ?? user.role;
    const active = opts.active ?? user.active;
    if (opts.userId === opts.actorId && (!managesUsers(role) || !active)) {
      throw new AppError("CONFLICT", { userMessage: "You cannot remove your own admin access." });
    }
    if (managesUsers(user.role) && user.active && (!managesUsers(role) || !active)) {
      const [others] = await tx
        .select({ n: count() })
        .from(users)
        .where(
          and(
            inArray(users.role, USER_MANAGER_ROLES),
            eq(users.active, true),
            ne(users.id, user.id),
          ),
        );
      if ((others?.n ?? 0) === 0)
        throw new AppError("CONFLICT", { userMessage: "At least one active admin must remain." });
    }
    const handedOver = user.active && !active ? await handOver(tx, user, opts.assigned) : null;
    await tx.update(users).set({ role, active }).where(eq(users.id, user.id));
    // Sessions issued under the old role or before a deactivation end now, not when their token expires.
    if (role !== user.role || active !== user.active)
      await bumpSessionVersion(tx, { userId: user.id });
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "user.access_changed",
      entityType: "user",
      entityId: user.id,
      data: {
        before: { role: user.role, active: user.active },
        after: { role, active },
        ...(handedOver ? { assignedRequests: handedOver } : {}),
      },
    });
  });
}

/** The open requests of a user being deactivated, released or reassigned in the same transaction. */
async function handOver(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  user: { id: string; name: string },
  choice: UpdateUserAccessOptions["assigned"],
): Promise<{ count: number; mode: string; toUserId?: string } | null> {
  const mine = and(
    eq(refundRequests.assigneeId, user.id),
    inArray(refundRequests.status, [...OPEN_STATUSES]),
  );
  const [held] = await tx.select({ n: count() }).from(refundRequests).where(mine);
  const n = held?.n ?? 0;
  if (n === 0) return null;
  if (!choice)
    throw new AppError("CONFLICT", {
      userMessage: `${user.name} holds ${n} open ${n === 1 ? "request" : "requests"}: release them to the queue or reassign them to deactivate.`,
      details: { assigned: n },
    });
  let to: string | null = null;
  if (choice.mode === "reassign") {
    const [target] = await tx.select().from(users).where(eq(users.id, choice.toUserId));
    if (!target?.active || !can(target.role, "requests.assign") || target.id === user.id)
      throw new AppError("INVALID_INPUT", {
        userMessage: "Reassign to another active reviewer or manager.",
        fieldErrors: { toUserId: ["Choose an active reviewer or manager"] },
      });
    to = target.id;
  }
  await tx
    .update(refundRequests)
    .set({ assigneeId: to, version: sql`${refundRequests.version} + 1` })
    .where(mine);
  return { count: n, mode: choice.mode, ...(to ? { toUserId: to } : {}) };
}
