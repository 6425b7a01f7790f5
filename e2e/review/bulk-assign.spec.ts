import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { keysReady } from "../support/keys-ready";
import { OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[review] bulk assignment from the queue", () => {
  test("a manager ticks two requests and assigns them; a reviewer's claim of one of them is refused, naming it, and changes nothing", async ({
    browser,
  }) => {
    const token = `zqbulk${randomUUID().slice(0, 6)}`;
    const one = await seedRequest({
      body: OUTAGE_EMAIL,
      outageHours: [30],
      subject: `Refund ${token} one`,
    });
    const two = await seedRequest({
      body: OUTAGE_EMAIL,
      outageHours: [30],
      subject: `Refund ${token} two`,
    });
    const view = `/queue?tab=all&q=${token}`;

    const mCtx = await browser.newContext();
    const manager = await mCtx.newPage();
    await signInAs(manager, "manager");
    await manager.goto(view);
    const table = manager.getByRole("table", { name: "Refund requests" });
    await expect(table.getByRole("row")).toHaveCount(3);
    // One tick with the mouse; the keyboard carries on from the checkbox: j to the next row, x to tick it.
    await keysReady(manager, "queue");
    await table.getByLabel(`Select ${one.ref}`).check();
    await manager.keyboard.press("j");
    await manager.keyboard.press("x");
    await expect(table.getByLabel(`Select ${two.ref}`)).toBeChecked();
    const bar = manager.getByRole("toolbar", { name: "Selected requests" });
    await expect(bar).toContainText("2 selected");
    await bar.getByLabel("Assign selected to").selectOption({ label: "Roman Reviewer" });
    await expect(
      manager.getByRole("status").filter({ hasText: "Assigned 2 of 2 selected requests." }),
    ).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(one.ref) })).toContainText(
      "Roman Reviewer",
    );
    await expect(table.getByRole("row", { name: new RegExp(two.ref) })).toContainText(
      "Roman Reviewer",
    );
    await mCtx.close();

    const rCtx = await browser.newContext();
    const reviewer = await rCtx.newPage();
    await signInAs(reviewer, "reviewer");
    await reviewer.goto(view);
    const rows = reviewer.getByRole("table", { name: "Refund requests" });
    await expect(rows.getByRole("row")).toHaveCount(3);
    // From the keyboard: the first row is selected; x ticks it.
    await keysReady(reviewer, "queue");
    await reviewer.locator("body").press("x");
    const rBar = reviewer.getByRole("toolbar", { name: "Selected requests" });
    await expect(rBar).toContainText("1 selected");
    await rBar.getByRole("button", { name: "Claim" }).click();
    await expect(rBar.getByRole("alert")).toContainText(
      /Someone else has already claimed RR-\d{4}-\d{6}/,
    );
    await reviewer.reload();
    await expect(rows.getByRole("row").nth(1)).toContainText("Roman Reviewer");
    await expect(rows.getByRole("row").nth(2)).toContainText("Roman Reviewer");
    await rCtx.close();
  });
});
