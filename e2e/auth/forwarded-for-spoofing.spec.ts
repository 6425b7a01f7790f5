import { expect, test } from "@playwright/test";
import { signInFrom } from "../support/sign-in-from";
import { demoUser } from "../support/users";

// The default SIGNIN_MAX_FAILURES_PER_IP, which the e2e server runs with.
const PER_IP = 20;

test.describe("[auth] per-IP sign-in limit", () => {
  test("a forged X-Forwarded-For does not reset the per-IP limit", async () => {
    // Its own loopback address, so the lock it causes touches no other test.
    const from = "127.0.0.2";
    for (let i = 0; i < PER_IP; i++) {
      const error = await signInFrom(
        from,
        { email: `nobody-${i}@refund-desk.test`, password: "wrong-password" },
        { "x-forwarded-for": `5.5.${i}.5` },
      );
      expect(error).toBe("Email or password is incorrect.");
    }
    const u = demoUser("manager");
    const error = await signInFrom(from, u, { "x-forwarded-for": "5.5.99.6" });
    expect(error).toMatch(/Too many failed sign-in attempts from your network/);
  });
});
