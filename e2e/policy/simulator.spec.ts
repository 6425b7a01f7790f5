import { expect, test, type Page } from "@playwright/test";
import { getClause } from "../../lib/policy/clauses";
import { signInAs } from "../support/users";

/** Fills the form's own calendar, so the deadlines do not depend on the saved one (other specs may edit it). */
async function useOwnCalendar(page: Page, holiday: string) {
  const calendar = page.getByRole("group", { name: "Working-day calendar" });
  await calendar.getByLabel("Override the saved calendar for this case").check();
  await calendar.getByLabel("Time zone").selectOption("UTC");
  await calendar.getByLabel("Holidays (one YYYY-MM-DD per line)").fill(holiday);
}

test.describe("[policy] simulator", () => {
  test("a manager fills a rented-number case with a 30 h provider outage and reads approve with the clause, its sentence and the deadlines", async ({
    page,
  }) => {
    await signInAs(page, "manager");
    await page.goto("/simulator");
    const request = page.getByRole("group", { name: "Request" });
    await request.getByLabel("Now (evaluation instant)").fill("2026-03-10 12:00");
    await request.getByLabel("Received at").fill("2026-03-10 09:00");
    await request.getByLabel("Claim").selectOption("number_not_working");
    const order = page.getByRole("group", { name: "Order" });
    await order.getByLabel("Order kind").selectOption("rented_number");
    await order.getByLabel("Paid").fill("30.00");
    await order.getByLabel("Order currency").fill("EUR");
    await order.getByLabel("Period start").fill("2026-03-01 00:00");
    await order.getByLabel("Period end").fill("2026-03-31 00:00");
    await order.getByRole("button", { name: "Add outage" }).click();
    const outage = order.getByRole("group", { name: "Outage 1" });
    await outage.getByLabel("Reported at").fill("2026-03-05 08:00");
    await outage.getByLabel("Resolved at").fill("2026-03-06 14:00");
    await outage.getByLabel("Cause").selectOption("local_provider");
    await useOwnCalendar(page, "2026-03-16");
    await page.getByRole("button", { name: "Evaluate", exact: true }).click();

    await expect(page.getByTestId("sim-outcome")).toHaveText("approve");
    // 30 h of a 30-day period paid 30.00 EUR.
    await expect(page.getByTestId("sim-amount")).toHaveText("1.25 EUR");
    await expect(page.getByTestId("sim-destination")).toHaveText("balance");
    await expect(page.getByTestId("sim-deciding")).toContainText("VN-BAL-OUTAGE-24H");
    const clause = page.getByTestId("clause-VN-BAL-OUTAGE-24H");
    await expect(clause).toHaveAttribute("data-matched", "true");
    await expect(clause).toContainText(getClause("VN-BAL-OUTAGE-24H").policyText);
    // Tuesday 12:00 + 5 working days, skipping the weekend and the Monday holiday: Wednesday 18 March.
    await expect(
      page.getByRole("gridcell", { name: "Monday 16 March 2026, holiday" }),
    ).toBeVisible();
    const payout = page.getByRole("gridcell", {
      name: /^Wednesday 18 March 2026, working day, Pay out by 12:00$/,
    });
    await expect(payout).toBeVisible();
    await expect(payout.getByTestId("marker-payoutBy")).toHaveText("Pay out by 12:00");
    await expect(
      page.getByRole("gridcell", {
        name: /^Thursday 12 March 2026, working day, Review by 09:00$/,
      }),
    ).toBeVisible();
    await expect(page.getByTestId("sim-deadlines")).toContainText("2026-03-18 12:00 (UTC)");

    // The grid is one tab stop; arrow keys move by day.
    await page.getByRole("gridcell", { name: /^Tuesday 10 March 2026, now/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("gridcell", { name: /^Wednesday 11 March 2026/ })).toBeFocused();
  });

  test("a case edited as JSON with fraud on the account is denied under VN-DENY-FRAUD", async ({
    page,
  }) => {
    await signInAs(page, "manager");
    await page.goto("/simulator");
    await page.getByText("Advanced: edit as JSON").click();
    const editor = page.getByLabel("Case JSON");
    const policyCase = JSON.parse(await editor.inputValue());
    policyCase.account.fraud = true;
    await editor.fill(JSON.stringify(policyCase, null, 2));
    await page.getByRole("button", { name: "Evaluate JSON" }).click();
    await expect(page.getByTestId("sim-outcome")).toHaveText("deny");
    await expect(page.getByTestId("sim-deciding")).toContainText("VN-DENY-FRAUD");
    await expect(page.getByTestId("clause-VN-DENY-FRAUD")).toContainText(
      getClause("VN-DENY-FRAUD").policyText,
    );
    // The form now shows the evaluated case.
    await expect(
      page.getByRole("group", { name: "Account" }).getByLabel("Fraud or unlawful use on record"),
    ).toBeChecked();
  });

  test("invalid JSON and invalid facts are reported with where they are", async ({ page }) => {
    await signInAs(page, "reviewer");
    await page.goto("/simulator");
    await page.getByText("Advanced: edit as JSON").click();
    const editor = page.getByLabel("Case JSON");
    const valid = await editor.inputValue();
    await editor.fill("{ not json");
    await page.getByRole("button", { name: "Evaluate JSON" }).click();
    await expect(page.getByTestId("sim-errors")).toContainText("The case is not valid JSON.");
    await expect(page.getByText(/^Not valid JSON: /)).toBeVisible();
    await expect(page.getByTestId("sim-outcome")).toHaveCount(0);

    const policyCase = JSON.parse(valid);
    policyCase.request.claim = "bogus";
    await editor.fill(JSON.stringify(policyCase));
    await page.getByRole("button", { name: "Evaluate JSON" }).click();
    await expect(page.getByTestId("sim-errors")).toContainText(
      "The case has invalid or missing facts.",
    );
    await expect(page.getByTestId("sim-errors")).toContainText("request.claim:");
  });

  test("a reviewer loads a request's current facts into the form and sees its evaluation", async ({
    page,
  }) => {
    await signInAs(page, "reviewer");
    await page.goto("/queue");
    const ref = (await page
      .getByRole("link", { name: /^RR-\d{4}-\d{6,}$/ })
      .first()
      .textContent())!.trim();
    await page.goto("/simulator");
    const loader = page.getByRole("form", { name: "Load from a request" });
    await loader.getByLabel("Load from a request").fill("RR-2099-999999");
    await loader.getByRole("button", { name: "Load facts" }).click();
    await expect(loader.getByText("No request RR-2099-999999")).toBeVisible();

    await loader.getByLabel("Load from a request").fill(ref.toLowerCase());
    await loader.getByRole("button", { name: "Load facts" }).click();
    await expect(loader.getByRole("status")).toContainText(`Loaded the current facts of ${ref}`);
    await expect(page.getByTestId("sim-outcome")).toHaveAttribute(
      "data-outcome",
      /^(approve|partial|deny|needs_info|wait|already_refunded|manual_review)$/,
    );
    const editor = page.getByLabel("Case JSON");
    await page.getByText("Advanced: edit as JSON").click();
    expect(JSON.parse(await editor.inputValue())).toHaveProperty("request.claim");
  });
});
