import { expect, test, type Page } from "@playwright/test";
import { seedPasswordUser, signInFrom } from "../support/sign-in-from";
import { signInAs } from "../support/users";

const LOCKED = /locked for 1[45] minutes.*device you have signed in from before.*ask an admin/;

async function signInWithForm(page: Page, u: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill(u.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Five wrong passwords from an address of its own (so the per-IP count of other tests is untouched). */
async function lockOut(from: string, email: string) {
  for (let i = 0; i < 5; i++)
    expect(await signInFrom(from, { email, password: `wrong-${i}` })).toBe(
      "Email or password is incorrect.",
    );
  expect(await signInFrom(from, { email, password: "still-wrong" })).toMatch(LOCKED);
}

test.describe("[auth] account lock", () => {
  test("a locked account opens from a known device, and that lifts the lock", async ({
    browser,
  }) => {
    const u = await seedPasswordUser("known-device-password");
    const known = await browser.newContext();
    const knownPage = await known.newPage();
    await signInWithForm(knownPage, u);
    await expect(knownPage).toHaveURL(/\/queue$/);
    await known.clearCookies({ name: /session-token/ });

    await lockOut("127.0.0.3", u.email);
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await signInWithForm(strangerPage, u);
    await expect(strangerPage.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
      LOCKED,
    );

    await signInWithForm(knownPage, u);
    await expect(knownPage).toHaveURL(/\/queue$/);
    // Lifted for every device, not only the known one.
    await signInWithForm(strangerPage, u);
    await expect(strangerPage).toHaveURL(/\/queue$/);
    await known.close();
    await stranger.close();
  });

  test("an admin unlocks a locked account from the Users page", async ({ browser, page }) => {
    const u = await seedPasswordUser("admin-unlock-password");
    await lockOut("127.0.0.4", u.email);
    await signInAs(page, "admin");
    await page.goto("/admin/users");
    const row = page.getByTestId(`user-${u.email}`);
    await expect(row).toContainText("Sign-in locked until");
    await row.getByRole("button", { name: "Unlock" }).click();
    await expect(row).not.toContainText("Sign-in locked");

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signInWithForm(otherPage, u);
    await expect(otherPage).toHaveURL(/\/queue$/);
    await other.close();
  });
});
