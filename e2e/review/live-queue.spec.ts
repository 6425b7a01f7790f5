import { expect, test } from "@playwright/test";
import { OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[review] live queue", () => {
  test("another reviewer's claim shows in the queue within 2 s, without a reload, and they are seen viewing the request", async ({
    browser,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    const watcherCtx = await browser.newContext();
    const watcher = await watcherCtx.newPage();
    await signInAs(watcher, "manager");
    await watcher.goto(`/queue?q=${seeded.ref}`);
    await expect(watcher.getByTestId("live-state")).toHaveAttribute("data-state", "live");
    const row = watcher.getByRole("row", { name: new RegExp(seeded.ref) });
    await expect(row).toContainText("Unassigned");
    let reloaded = false;
    watcher.on("load", () => (reloaded = true));

    const otherCtx = await browser.newContext();
    const other = await otherCtx.newPage();
    await signInAs(other, "reviewer");
    await other.goto(`/requests/${seeded.requestId}`);
    await other.getByRole("button", { name: "Claim" }).click();
    await expect(other.getByTestId("assignee")).toContainText("you");

    await expect(row).toContainText("Rita Reviewer", { timeout: 2_000 });
    expect(reloaded).toBe(false);

    await watcher.goto(`/requests/${seeded.requestId}`);
    await expect(watcher.getByRole("status", { name: "Others on this request" })).toContainText(
      "is viewing",
    );
    await watcherCtx.close();
    await otherCtx.close();
  });
});
