import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { sessionUserRow } from "@/db/queries/users";
import type { Role } from "@/db/schema/enums";
import { authOptions } from "./auth-options";
import { can, type Permission } from "./permissions";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user, resolved once per request. The JWT only names the
 * user and the session version it was issued under; role and active flag
 * are read from the database every request, and a token of an older version
 * (signed out, deactivated, role changed since) opens nothing.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const uid = session?.user.id;
  if (!uid) return null;
  const row = await sessionUserRow(getDb(), uid);
  if (!row || !row.active || row.sessionVersion !== session.user.sv) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
});

/** For pages: signed-in user with the permission, else redirect to sign-in or a 403 page. */
export async function requireUser(permission: Permission | "signed-in"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (permission !== "signed-in" && !can(user.role, permission)) redirect("/forbidden");
  return user;
}
