import { expect, test } from "@playwright/test";
import { keysReady } from "../support/keys-ready";
import { OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[review] fewer keystrokes per decision", () => {
  test("a then Enter approves as recommended, with no note", async ({ page }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    await expect(page.getByRole("region", { name: "Policy recommendation" })).toBeVisible();
    const form = page.getByRole("form", { name: "Decision" });
    await expect(form.getByRole("button", { name: "Record decision" })).toBeEnabled();
    await keysReady(page, "decision");
    await page.keyboard.press("a");
    await expect(form.getByRole("button", { name: "Record decision" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status", { name: "Decision" })).toContainText("Decision recorded");
    await expect(page.getByRole("status", { name: "Decision" })).not.toContainText("override");
    await expect(page.getByRole("region", { name: "History" })).toContainText("As recommended.");
  });

  test("request information lists the missing items as ticked boxes and the reply asks for each", async ({
    page,
  }) => {
    const seeded = await seedRequest({
      body: "Hello, my UK rented number (order ORDER_REF) did not work for 3 days because of the operator. Please refund $3.00.",
      outageHours: [72],
    });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    const form = page.getByRole("form", { name: "Decision" });
    await keysReady(page, "decision");
    await page.keyboard.press("i");
    const items = form.getByRole("group", { name: "Ask the customer for" });
    await expect(
      items.getByRole("checkbox", { name: /bank requisites or other payment method details/ }),
    ).toBeChecked();
    await expect(
      items.getByRole("checkbox", { name: /the reason for the refund/ }),
    ).not.toBeChecked();
    await items.getByRole("checkbox", { name: /the reason for the refund/ }).check();
    const reply = form.getByLabel(/Reply to the customer/);
    await expect(reply).toHaveValue(
      // In the catalogue's order (REQUIRED_ITEMS), whatever order they were ticked in.
      /  - the reason for the refund\n  - bank requisites or other payment method details for the refund\n/,
    );
    await expect(reply).not.toHaveValue(/below/);
    await expect(form.getByText(/^Override:/)).toHaveCount(0);
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status", { name: "Decision" })).toContainText("awaiting customer");
    await expect(page.getByRole("status", { name: "Decision" })).not.toContainText("override");
  });

  test("the clause picker finds a clause by its policy words and ticks it from the keyboard", async ({
    page,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    const form = page.getByRole("form", { name: "Decision" });
    await keysReady(page, "decision");
    await page.keyboard.press("d");
    await expect(form.getByTestId("cited-clauses")).toHaveText("None cited yet");
    const search = form.getByRole("searchbox", { name: "Search clauses" });
    await search.fill("changed their mind");
    await expect(form.getByRole("checkbox", { name: /VN-BAL-OUTAGE-24H/ })).toBeHidden();
    await search.press("Enter");
    await expect(form.getByTestId("cited-clauses")).toHaveText("Cited: GEN-DENY-CHANGED-MIND");
    await expect(form.getByRole("group", { name: "Denials" })).toBeVisible();
  });
});
