import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userInvites, users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";

export type InviteUserOptions = {
  /** Admin doing the inviting. */
  actorId: string;
  email: string;
  name: string;
  role: Role;
  /** How long the link stays valid. */
  validDays?: number;
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates the user without a password and a one-time link to set one. Returns the raw token (shown once). */
export async function inviteUser(
  db: Db,
  opts: InviteUserOptions,
): Promise<{ userId: string; token: string }> {
  const email = opts.email.trim().toLowerCase();
  const token = randomBytes(24).toString("base64url");
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`)
      .limit(1);
    if (existing) {
      throw new AppError("CONFLICT", {
        userMessage: "A user with this email already exists.",
        fieldErrors: { email: ["Already a user"] },
      });
    }
    const [user] = await tx
      .insert(users)
      .values({ email, name: opts.name.trim(), role: opts.role, active: true })
      .returning({ id: users.id });
    if (!user) throw new Error("INSERT … RETURNING gave no row");
    const expiresAt = new Date(Date.now() + (opts.validDays ?? 7) * 86_400_000);
    await tx.insert(userInvites).values({
      userId: user.id,
      tokenHash: hashToken(token),
      invitedBy: opts.actorId,
      expiresAt,
    });
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "user.invited",
      entityType: "user",
      entityId: user.id,
      data: { email, role: opts.role, expiresAt: expiresAt.toISOString() },
    });
    return { userId: user.id, token };
  });
}
