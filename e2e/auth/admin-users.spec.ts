import { expect, test } from "@playwright/test";
import { signInAs } from "../support/users";

test.describe("[auth] admin manages users", () => {
  test("invite a reviewer, who sets a password, signs in, and loses access when deactivated", async ({
    browser,
    page,
  }) => {
    const email = `new-reviewer-${Date.now()}@refund-desk.test`;
    await signInAs(page, "admin");
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "Invite user" });
    await form.getByLabel("Name").fill("Nina Newcomer");
    await form.getByLabel("Email").fill(email);
    await form.getByRole("button", { name: "Invite" }).click();
    const link = await page.getByTestId("invite-link").textContent();
    expect(link).toMatch(/^\/invite\/[\w-]+$/);

    const ctx = await browser.newContext();
    const newcomer = await ctx.newPage();
    await newcomer.goto(link!);
    await newcomer.getByLabel("New password").fill("a-long-password-1");
    await newcomer.getByLabel("Repeat password").fill("a-long-password-1");
    await newcomer.getByRole("button", { name: "Set password" }).click();
    await expect(newcomer.getByRole("status")).toContainText("Your password is set");
    await signInAs(newcomer, { email, password: "a-long-password-1" });
    await newcomer.goto("/queue");
    await expect(newcomer.getByTestId("current-user")).toContainText("reviewer");

    // Reusing the link fails.
    const again = await ctx.newPage();
    await again.goto(link!);
    await again.getByLabel("New password").fill("another-long-pass");
    await again.getByLabel("Repeat password").fill("another-long-pass");
    await again.getByRole("button", { name: "Set password" }).click();
    await expect(again.getByRole("main").getByRole("alert")).toContainText(
      "invalid, used or expired",
    );

    await page.reload();
    await page.getByTestId(`user-${email}`).getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByTestId(`user-${email}`)).toContainText("Deactivated");
    await newcomer.goto("/queue");
    await expect(newcomer).toHaveURL(/\/signin/);
    await ctx.close();
  });
});
