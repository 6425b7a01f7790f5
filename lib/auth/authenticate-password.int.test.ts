import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, rateLimits, users } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { authenticatePassword, INVALID_CREDENTIALS } from "./authenticate-password";
import { hashPassword } from "./password";

const limits = { perAccount: 5, perIp: 20, windowMinutes: 15 };
const LOCKED = /locked for \d+ minutes?.*device you have signed in from before.*admin/;

describe("authenticatePassword", () => {
  let ritaId = "";
  beforeEach(async () => {
    await resetDatabase();
    const passwordHash = await hashPassword("correct horse battery");
    const [rita] = await testDb()
      .insert(users)
      .values([
        { email: "Rita@Example.com", name: "Rita", role: "reviewer", passwordHash },
        { email: "gone@example.com", name: "Gone", role: "reviewer", passwordHash, active: false },
      ])
      .returning();
    ritaId = rita!.id;
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => closeTestDb());

  const attempt = (email: string, password: string, ip = "10.0.0.1", knownDeviceUserId?: string) =>
    authenticatePassword(testDb(), { email, password, ip, limits, knownDeviceUserId });
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => "accepted",
      (e: Error) => (e.message === INVALID_CREDENTIALS ? "incorrect" : e.message),
    );
  const pointsOf = async (key: string) =>
    (await testDb().select().from(rateLimits).where(eq(rateLimits.key, key)))[0]?.points;

  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await attempt("rita@example.COM", "correct horse battery");
    expect(user.name).toBe("Rita");
  });

  it("gives one message for a wrong password, an unknown email and a deactivated user", async () => {
    await expect(attempt("rita@example.com", "wrong")).rejects.toThrow(INVALID_CREDENTIALS);
    await expect(attempt("nobody@example.com", "correct horse battery")).rejects.toThrow(
      INVALID_CREDENTIALS,
    );
    await expect(attempt("gone@example.com", "correct horse battery")).rejects.toThrow(
      INVALID_CREDENTIALS,
    );
  });

  it("40 simultaneous wrong passwords count 40 and only the first 5 are checked", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        outcome(attempt("rita@example.com", `guess-${i}`, `10.9.${i}.1`)),
      ),
    );
    expect(results.filter((r) => r === "incorrect")).toHaveLength(5);
    expect(results.filter((r) => LOCKED.test(r))).toHaveLength(35);
    expect(await pointsOf("signin_account:rita@example.com")).toBe(40);
    // Locked: even the right password is refused, with the lock message rather than a verdict on it.
    expect(await outcome(attempt("rita@example.com", "correct horse battery", "10.8.0.1"))).toMatch(
      LOCKED,
    );
    const [rita] = await testDb().select().from(users).where(eq(users.id, ritaId));
    expect(rita!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const audit = await testDb().select().from(auditLog);
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([["user.locked", ritaId]]);
  });

  it("says the same after five failures whether or not the account exists", async () => {
    for (const email of ["rita@example.com", "nobody@example.com"]) {
      for (let i = 0; i < 5; i++)
        expect(await outcome(attempt(email, `nope-${i}`, `10.1.${i}.1`))).toBe("incorrect");
    }
    const real = await outcome(attempt("rita@example.com", "nope", "10.2.0.1"));
    const unknown = await outcome(attempt("nobody@example.com", "nope", "10.2.0.1"));
    expect(real).toMatch(LOCKED);
    expect(unknown.replace(/\d+ minutes?/, "N")).toBe(real.replace(/\d+ minutes?/, "N"));
  });

  it("lets a known device in despite the lock, and that lifts the lock", async () => {
    for (let i = 0; i < 6; i++) await outcome(attempt("rita@example.com", "nope", "10.3.0.1"));
    expect(await outcome(attempt("rita@example.com", "correct horse battery"))).toMatch(LOCKED);
    // A device cookie of another user vouches for nothing.
    expect(
      await outcome(attempt("rita@example.com", "correct horse battery", "10.0.0.1", ritaId + "x")),
    ).toMatch(LOCKED);
    await expect(
      attempt("rita@example.com", "correct horse battery", "10.0.0.1", ritaId),
    ).resolves.toMatchObject({ id: ritaId });
    const [rita] = await testDb().select().from(users).where(eq(users.id, ritaId));
    expect(rita!.lockedUntil).toBeNull();
    expect(await outcome(attempt("rita@example.com", "correct horse battery", "10.4.0.1"))).toBe(
      "accepted",
    );
    const audit = await testDb().select().from(auditLog).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.data])).toEqual([
      ["user.locked", expect.objectContaining({ failures: 5 })],
      ["user.unlocked", { by: "known_device" }],
    ]);
  });

  it("unlocks by itself after the window", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 0; i < 6; i++) await outcome(attempt("rita@example.com", "nope", "10.5.0.1"));
    expect(await outcome(attempt("rita@example.com", "correct horse battery"))).toMatch(LOCKED);
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(await outcome(attempt("rita@example.com", "correct horse battery"))).toBe("accepted");
  });

  it("limits an IP that tries many accounts; sign-ins that succeed do not count", async () => {
    for (let i = 0; i < 3; i++)
      expect(await outcome(attempt("rita@example.com", "correct horse battery", "192.0.2.7"))).toBe(
        "accepted",
      );
    for (let i = 0; i < 20; i++)
      expect(await outcome(attempt(`guess${i}@example.com`, "x", "192.0.2.7"))).toBe("incorrect");
    expect(
      await outcome(attempt("rita@example.com", "correct horse battery", "192.0.2.7")),
    ).toMatch(/Too many failed sign-in attempts from your network/);
    expect(await outcome(attempt("rita@example.com", "correct horse battery", "192.0.2.8"))).toBe(
      "accepted",
    );
  });

  it("prunes counts that expired over an hour ago", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    // Fresh limits build fresh limiters, whose pruning timer is then a fake one.
    await outcome(
      authenticatePassword(testDb(), {
        email: "nobody@example.com",
        password: "x",
        ip: "10.6.0.1",
        limits: { ...limits, perIp: 19 },
      }),
    );
    expect(await testDb().$count(rateLimits)).toBe(2);
    vi.setSystemTime(Date.now() + 2 * 60 * 60_000);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    vi.useRealTimers();
    await expect
      .poll(
        async () => (await testDb().execute(sql`SELECT count(*)::int AS n FROM rate_limits`))[0],
      )
      .toEqual({ n: 0 });
  });
});
