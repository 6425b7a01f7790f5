import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { verifyPassword } from "@/lib/auth/password";
import { acceptInvite } from "./accept-invite";
import { inviteUser } from "./invite-user";
import { updateUserAccess } from "./update-user-access";

describe("user administration", () => {
  let adminId = "";
  beforeEach(async () => {
    await resetDatabase();
    const [a] = await testDb()
      .insert(users)
      .values({ email: "admin@example.com", name: "Admin", role: "admin" })
      .returning();
    adminId = a!.id;
  });
  afterAll(() => closeTestDb());

  it("invites a user who sets a password once through the link", async () => {
    const db = testDb();
    const { userId, token } = await inviteUser(db, {
      actorId: adminId,
      email: "New@Example.com",
      name: "New",
      role: "reviewer",
    });
    await expect(acceptInvite(db, { token, password: "a-long-password" })).resolves.toEqual({
      email: "new@example.com",
    });
    const [u] = await db.select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(u!.passwordHash!, "a-long-password")).toBe(true);
    await expect(acceptInvite(db, { token, password: "another-password" })).rejects.toThrow(
      /invalid, used or expired/,
    );
    const actions = (await db.select().from(auditLog)).map((r) => r.action);
    expect(actions).toEqual(["user.invited", "user.invite_accepted"]);
  });

  it("refuses an expired invitation", async () => {
    const db = testDb();
    const { token } = await inviteUser(db, {
      actorId: adminId,
      email: "late@example.com",
      name: "Late",
      role: "reviewer",
    });
    await expect(
      acceptInvite(db, {
        token,
        password: "a-long-password",
        now: new Date(Date.now() + 8 * 86_400_000),
      }),
    ).rejects.toThrow(/expired/);
  });

  it("refuses a duplicate email and creates nothing", async () => {
    const db = testDb();
    await expect(
      inviteUser(db, {
        actorId: adminId,
        email: "ADMIN@example.com",
        name: "Dup",
        role: "reviewer",
      }),
    ).rejects.toThrow(/already exists/);
    expect(await db.select().from(users)).toHaveLength(1);
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });

  it("changes roles and deactivates, with before/after in the audit log", async () => {
    const db = testDb();
    const { userId } = await inviteUser(db, {
      actorId: adminId,
      email: "r@example.com",
      name: "R",
      role: "reviewer",
    });
    await updateUserAccess(db, { actorId: adminId, userId, role: "manager", active: false });
    const [u] = await db.select().from(users).where(eq(users.id, userId));
    expect(u).toMatchObject({ role: "manager", active: false });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "user.access_changed"));
    expect(entry!.data).toEqual({
      before: { role: "reviewer", active: true },
      after: { role: "manager", active: false },
    });
  });

  it("never removes the last active admin, nor an admin's own access", async () => {
    const db = testDb();
    await expect(
      updateUserAccess(db, { actorId: adminId, userId: adminId, active: false }),
    ).rejects.toThrow(/your own admin access/);
    const { userId } = await inviteUser(db, {
      actorId: adminId,
      email: "a2@example.com",
      name: "A2",
      role: "admin",
    });
    await updateUserAccess(db, { actorId: userId, userId: adminId, role: "reviewer" });
    await expect(updateUserAccess(db, { actorId: adminId, userId, active: false })).rejects.toThrow(
      /At least one active admin/,
    );
  });
});
