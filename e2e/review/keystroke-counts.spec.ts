import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { keysReady } from "../support/keys-ready";
import { CHANGED_MIND_EMAIL, OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

/** Presses keys one at a time and counts them: the count is what the reviewer's hands do. */
function countingKeyboard(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    get count() {
      return count;
    },
  };
}

/**
 * Upper bounds on keystrokes for the common paths, from the queue with the request on its first
 * row (the view is opened by URL: choosing a view is not part of deciding). README lists the counts.
 */
test.describe("[review] keystrokes per decision", () => {
  for (const path of [
    { name: "approve as recommended", body: OUTAGE_EMAIL, outageHours: [72], key: "a", max: 3 },
    {
      name: "deny citing the policy's clause",
      body: CHANGED_MIND_EMAIL,
      outageHours: [],
      key: "d",
      cited: "Cited: GEN-DENY-CHANGED-MIND",
      max: 3,
    },
  ])
    test(`${path.name} from the queue takes at most ${path.max} keys`, async ({ page }) => {
      const token = `zqkeys${randomUUID().slice(0, 6)}`;
      const seeded = await seedRequest({
        body: path.body,
        outageHours: path.outageHours,
        subject: `Refund ${token}`,
      });
      await signInAs(page, "reviewer");
      await page.goto(`/queue?tab=all&q=${token}`);
      const table = page.getByRole("table", { name: "Refund requests" });
      await expect(table.getByRole("row")).toHaveCount(2);
      await expect(table.getByRole("row").nth(1)).toHaveAttribute("aria-selected", "true");
      const keys = countingKeyboard(page);
      await keysReady(page, "queue");
      await keys.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(seeded.ref);
      const form = page.getByRole("form", { name: "Decision" });
      await expect(form.getByRole("button", { name: "Record decision" })).toBeEnabled();
      await keysReady(page, "decision");
      await keys.press(path.key);
      await expect(form.getByRole("button", { name: "Record decision" })).toBeFocused();
      if (path.cited) await expect(form.getByTestId("cited-clauses")).toHaveText(path.cited);
      await keys.press("Enter");
      const status = page.getByRole("status", { name: "Decision" });
      await expect(status).toContainText("Decision recorded");
      await expect(status).not.toContainText("override");
      expect(keys.count).toBeLessThanOrEqual(path.max);
    });
});
