import { expect, test } from "@playwright/test";
import { seedPasswordUser } from "../support/sign-in-from";
import { signInAs } from "../support/users";

test.describe("[auth] sessions end for good", () => {
  test("a copied session cookie no longer opens /audit after sign-out", async ({ browser }) => {
    const mine = await browser.newContext();
    const page = await mine.newPage();
    // Sign-out ends every session of the user: not one of the demo users other tests use.
    await signInAs(page, await seedPasswordUser("manager-e2e-password", "manager"));
    const copied = await browser.newContext();
    await copied.addCookies(await mine.cookies());
    const thief = await copied.newPage();
    await thief.goto("/audit");
    await expect(thief).toHaveURL(/\/audit$/);

    await page.goto("/queue");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);

    await thief.goto("/audit");
    await expect(thief).toHaveURL(/\/signin/);
    await mine.close();
    await copied.close();
  });
});
