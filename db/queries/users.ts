import { asc, desc, eq, isNull, and, gt, inArray, ne } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import type { Db } from "../client";
import { ROLES, userInvites, users } from "../schema";

export async function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      hasPassword: users.passwordHash,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.role), asc(users.email))
    .then((rows) => rows.map((r) => ({ ...r, hasPassword: r.hasPassword !== null })));
}

export async function pendingInvites(db: Db, now = new Date()) {
  return db
    .select({ userId: userInvites.userId, expiresAt: userInvites.expiresAt })
    .from(userInvites)
    .where(and(isNull(userInvites.usedAt), gt(userInvites.expiresAt, now)))
    .orderBy(desc(userInvites.createdAt));
}

export async function getUserById(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** What every signed-in request reads about its user: role and active flag are never taken from the session token. */
export async function sessionUserRow(db: Db, id: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/** The roles a request can be assigned to: those who may decide it (the permission table says which). */
export const ASSIGNABLE_ROLES = ROLES.filter((role) => can(role, "decisions.write"));

/** Who requests can be assigned to: active users whose role may decide them, by name. */
export async function assignableStaff(db: Db) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ASSIGNABLE_ROLES)))
    .orderBy(asc(users.name));
}

/** Everyone who may have decided (reviewers and managers, former ones too), by name: the decisions view's reviewer filter. */
export async function decidingStaff(db: Db) {
  return db
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .where(ne(users.role, "admin"))
    .orderBy(asc(users.name));
}
