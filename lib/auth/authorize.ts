import "server-only";
import { AppError } from "@/lib/server/app-error";
import { getCurrentUser, type SessionUser } from "./current-user";
import { can, type Permission } from "./permissions";

/** For server actions and route handlers: the session user with the permission, else an AppError (never a redirect). */
export async function authorize(permission: Permission): Promise<SessionUser>;
/** "public": whoever is signed in, or null. */
export async function authorize(permission: "public"): Promise<SessionUser | null>;
export async function authorize(permission: Permission | "public"): Promise<SessionUser | null>;
export async function authorize(permission: Permission | "public"): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (permission === "public") return user;
  if (!user)
    throw new AppError("UNAUTHENTICATED", {
      userMessage: "Your session has ended. Please sign in again.",
    });
  if (!can(user.role, permission)) {
    throw new AppError("FORBIDDEN", { userMessage: "You do not have permission to do that." });
  }
  return user;
}
