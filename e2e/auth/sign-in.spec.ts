import { expect, test } from "@playwright/test";
import { seedPasswordUser } from "../support/sign-in-from";
import { demoUser, signInAs } from "../support/users";

const NAV: Record<"reviewer" | "manager" | "admin", { shown: string[]; hidden: string[] }> = {
  reviewer: {
    shown: ["Queue", "Policy simulator"],
    hidden: ["Decisions", "Quality", "Audit", "Reports", "Settings", "Users", "Quarantine"],
  },
  manager: {
    shown: ["Queue", "Policy simulator", "Decisions", "Quality", "Audit", "Reports", "Settings"],
    hidden: ["Users", "Quarantine"],
  },
  admin: {
    shown: ["Queue", "Decisions", "Audit", "Reports", "Settings", "Users", "Quarantine"],
    hidden: ["Quality"],
  },
};

test.describe("[auth] sign in", () => {
  for (const role of ["reviewer", "manager", "admin"] as const) {
    test(`${role} signs in with the form and sees the ${role} navigation`, async ({ page }) => {
      const u = demoUser(role);
      await page.goto("/signin");
      await page.getByLabel("Email").fill(u.email);
      await page.getByLabel("Password").fill(u.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page).toHaveURL(/\/queue$/);
      await expect(page.getByTestId("current-user")).toContainText(role);
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const label of NAV[role].shown)
        await expect(nav.getByRole("link", { name: label })).toBeVisible();
      for (const label of NAV[role].hidden)
        await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
      await expect(page.getByText("To review")).toBeVisible();
    });
  }

  test("a wrong password shows an error and no session", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(demoUser("reviewer").email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
      "Email or password is incorrect.",
    );
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("nobody-here@refund-desk.test");
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
      "Email or password is incorrect.",
    );
  });

  test("repeated failures on one account string lock it with a clear message", async ({ page }) => {
    const email = `locked-${Date.now()}@refund-desk.test`;
    await page.goto("/signin");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
        "Email or password is incorrect.",
      );
    }
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText(
      /locked for 1[45] minutes.*ask an admin to unlock it/,
    );
  });

  test("sign out ends the session", async ({ page }) => {
    // Sign-out ends every session of the user: not one of the demo users other tests use.
    await signInAs(page, await seedPasswordUser("manager-e2e-password", "manager"));
    await page.goto("/queue");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/audit");
    await expect(page).toHaveURL(/\/signin/);
  });
});
