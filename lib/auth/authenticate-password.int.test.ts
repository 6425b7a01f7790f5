import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { signInAttempts, users } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { authenticatePassword, INVALID_CREDENTIALS } from "./authenticate-password";
import { hashPassword } from "./password";

const limits = { perAccount: 3, perIp: 5, windowMinutes: 15 };

describe("authenticatePassword", () => {
  beforeEach(async () => {
    await resetDatabase();
    const passwordHash = await hashPassword("correct horse battery");
    await testDb()
      .insert(users)
      .values([
        { email: "Rita@Example.com", name: "Rita", role: "reviewer", passwordHash },
        { email: "gone@example.com", name: "Gone", role: "reviewer", passwordHash, active: false },
      ]);
  });
  afterAll(() => closeTestDb());

  const attempt = (email: string, password: string, ip = "10.0.0.1", now?: Date) =>
    authenticatePassword(testDb(), { email, password, ip, limits, now });

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

  it("locks an account after repeated failures, even with the right password, then lets it in after the window", async () => {
    for (let i = 0; i < 3; i++)
      await expect(attempt("rita@example.com", "nope", `10.0.1.${i}`)).rejects.toThrow(
        INVALID_CREDENTIALS,
      );
    await expect(attempt("rita@example.com", "correct horse battery", "10.0.2.1")).rejects.toThrow(
      /Too many failed sign-in attempts/,
    );
    const later = new Date(Date.now() + 16 * 60_000);
    await expect(
      attempt("rita@example.com", "correct horse battery", "10.0.2.1", later),
    ).resolves.toMatchObject({ name: "Rita" });
  });

  it("locks an IP that tries many accounts", async () => {
    for (let i = 0; i < 5; i++)
      await expect(attempt(`guess${i}@example.com`, "x", "192.0.2.7")).rejects.toThrow(
        INVALID_CREDENTIALS,
      );
    await expect(attempt("rita@example.com", "correct horse battery", "192.0.2.7")).rejects.toThrow(
      /Too many/,
    );
    await expect(
      attempt("rita@example.com", "correct horse battery", "192.0.2.8"),
    ).resolves.toBeTruthy();
  });

  it("records every attempt", async () => {
    await attempt("rita@example.com", "correct horse battery");
    await expect(attempt("rita@example.com", "bad")).rejects.toThrow();
    const rows = await testDb().select().from(signInAttempts);
    expect(rows.map((r) => r.succeeded).sort()).toEqual([false, true]);
  });
});
