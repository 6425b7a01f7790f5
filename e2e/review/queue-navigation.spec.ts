import { expect, test } from "@playwright/test";
import { keysReady } from "../support/keys-ready";
import { OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[review] queue navigation", () => {
  test("a reference opens its request in place; j/k and Enter work the rows from the keyboard", async ({
    page,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await signInAs(page, "reviewer");
    await page.goto(`/queue?tab=all&q=${encodeURIComponent(seeded.email)}`);
    const table = page.getByRole("table", { name: "Refund requests" });
    const link = table.getByRole("link", { name: /^RR-\d{4}-\d{6,}$/ });
    await expect(link).toHaveCount(1);
    // Client-side navigation: the page does not reload (the marker set on window survives).
    await page.evaluate(
      () => ((window as unknown as { __queueMarker: boolean }).__queueMarker = true),
    );
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/requests/${seeded.requestId}$`));
    await expect(page.getByRole("region", { name: "Policy recommendation" })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __queueMarker?: boolean }).__queueMarker),
    ).toBe(true);

    await page.goto("/queue?tab=all");
    const rows = page.getByRole("table", { name: "Refund requests" }).locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(2);
    await page.mouse.move(0, 0); // the pointer over a row would select that row
    await expect(rows.nth(0)).toHaveAttribute("aria-selected", "true");
    await keysReady(page, "queue");
    await page.keyboard.press("j");
    await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("j");
    await expect(rows.nth(2)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("k");
    await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
    // Hovering a row selects it too.
    await rows.nth(2).hover();
    await expect(rows.nth(2)).toHaveAttribute("aria-selected", "true");
    await rows.nth(1).hover();
    await page.mouse.move(0, 0);
    const href = await rows.nth(1).getByRole("link").getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});
