import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { verifyPassword } from "@/lib/auth/password";
import { acceptInvite } from "./accept-invite";
import { inviteUser } from "./invite-user";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { hashPassword } from "@/lib/auth/password";
import { unlockUser } from "./unlock-user";
import { updateUserAccess } from "./update-user-access";

const from = { ip: "10.0.0.1", limits: { perAccount: 5, perIp: 10, windowMinutes: 15 } };

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
    await expect(
      acceptInvite(db, { token, password: "a-long-password", ...from }),
    ).resolves.toEqual({
      email: "new@example.com",
    });
    const [u] = await db.select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(u!.passwordHash!, "a-long-password")).toBe(true);
    await expect(
      acceptInvite(db, { token, password: "another-password", ...from }),
    ).rejects.toThrow(/invalid, used or expired/);
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
        ...from,
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

  it("bumps the session version on a role change or deactivation, not on a no-op", async () => {
    const db = testDb();
    const { userId } = await inviteUser(db, {
      actorId: adminId,
      email: "s@example.com",
      name: "S",
      role: "reviewer",
    });
    const version = async () =>
      (await db.select().from(users).where(eq(users.id, userId)))[0]!.sessionVersion;
    expect(await version()).toBe(1);
    await updateUserAccess(db, { actorId: adminId, userId, role: "reviewer" });
    expect(await version()).toBe(1);
    await updateUserAccess(db, { actorId: adminId, userId, role: "manager" });
    expect(await version()).toBe(2);
    await updateUserAccess(db, { actorId: adminId, userId, active: false });
    expect(await version()).toBe(3);
  });

  it("an admin lifts a sign-in lock, audited", async () => {
    const db = testDb();
    const limits = { perAccount: 2, perIp: 50, windowMinutes: 15 };
    await db.insert(users).values({
      email: "l@example.com",
      name: "L",
      role: "reviewer",
      passwordHash: await hashPassword("right-password"),
    });
    const attempt = (password: string) =>
      authenticatePassword(db, { email: "l@example.com", password, ip: "10.0.0.9", limits });
    for (let i = 0; i < 3; i++) await attempt("wrong").catch(() => undefined);
    await expect(attempt("right-password")).rejects.toThrow(/locked/);
    const [locked] = await db.select().from(users).where(eq(users.email, "l@example.com"));
    await unlockUser(db, { actorId: adminId, userId: locked!.id, limits });
    await expect(attempt("right-password")).resolves.toMatchObject({ email: "l@example.com" });
    const actions = (await db.select().from(auditLog).orderBy(auditLog.id)).map((r) => [
      r.action,
      r.actorId,
    ]);
    expect(actions).toEqual([
      ["user.locked", null],
      ["user.unlocked", adminId],
    ]);
  });

  it("limits guessing of invitation tokens per address, checked before the lookup", async () => {
    const db = testDb();
    const { token } = await inviteUser(db, {
      actorId: adminId,
      email: "g@example.com",
      name: "G",
      role: "reviewer",
    });
    for (let i = 0; i < 10; i++)
      await expect(
        acceptInvite(db, {
          token: `guess-${i}-${"x".repeat(20)}`,
          password: "a-long-password",
          ...from,
        }),
      ).rejects.toThrow(/invalid, used or expired/);
    await expect(acceptInvite(db, { token, password: "a-long-password", ...from })).rejects.toThrow(
      /Too many invitation attempts/,
    );
    await expect(
      acceptInvite(db, { token, password: "a-long-password", ...from, ip: "10.0.0.2" }),
    ).resolves.toEqual({ email: "g@example.com" });
  });
});
