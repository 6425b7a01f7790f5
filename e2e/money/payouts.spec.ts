import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload } from "../support/after-reload";
import { directToCardEmail, OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { shot } from "../support/screenshot";
import { signInAs } from "../support/users";

const money = (page: Page) => page.getByRole("region", { name: "Money" });

/** Reloads until the payout shows this state: the job runner and the provider work outside the page. */
async function expectPayoutState(page: Page, state: string, timeout = 30_000) {
  await expectAfterReload(
    page,
    () =>
      expect(money(page).getByTestId("payout-state").first()).toHaveText(state, {
        timeout: 1_000,
      }),
    timeout,
  );
}

async function decide(
  page: Page,
  requestId: string,
  o: { destination?: "direct"; amount?: string; justification?: string } = {},
) {
  await page.goto(`/requests/${requestId}`);
  const form = page.getByRole("form", { name: "Decision" });
  await expect(form).toBeVisible();
  if (o.destination) await form.getByLabel("Destination").selectOption(o.destination);
  if (o.amount) await form.getByLabel(/Amount \(/).fill(o.amount);
  await form.getByLabel("Note for the record").fill("Outage confirmed in the log.");
  if (o.justification) await form.getByLabel("Justification (required)").fill(o.justification);
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status", { name: "Decision" })).toContainText("Decision recorded");
}

test.describe("[money] payouts", () => {
  test("a balance refund is credited by the job runner and the customer's balance shows it", async ({
    page,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await signInAs(page, "reviewer");
    await decide(page, seeded.requestId);
    await expectPayoutState(page, "Credited");
    await expect(page.getByTestId("customer-balance")).toHaveText("Balance: $3.00 USD");
    await expect(page.getByTestId("request-status")).toHaveText("Paid");
    await expect(money(page).getByRole("table", { name: "Customer ledger" })).toContainText(
      "+$3.00 USD",
    );
  });

  test("a direct refund above the threshold waits for a second manager, then goes sent → settled", async ({
    page,
    browser,
  }) => {
    const seeded = await seedRequest({
      body: directToCardEmail("$460.00"),
      openOutageHours: 72,
      replacementAvailable: false,
      paidMinor: 60_000,
    });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    const rec = await page.getByTestId("rec-amount").textContent();
    expect(Number(rec?.replace(/[^0-9.]/g, ""))).toBeGreaterThan(100);
    await decide(page, seeded.requestId, { destination: "direct" });
    await expectPayoutState(page, "Awaiting approval");
    await expect(page.getByRole("status", { name: "Decision" })).toContainText(
      "waiting for a manager's approval",
    );
    const managerPage = await (await browser.newContext()).newPage();
    await signInAs(managerPage, "manager");
    await managerPage.goto("/approvals");
    const item = managerPage.getByTestId("approval").filter({ hasText: seeded.ref });
    await expect(item).toContainText("four-eyes threshold");
    await shot(managerPage, "approvals");
    await item.getByLabel("Approval note").fill("Outage log and the card match the order.");
    await item.getByRole("button", { name: "Approve" }).click();
    await expect(item).toHaveCount(0);
    await expectPayoutState(page, "Settled");
    await expect(money(page)).toContainText("approved by");
    await expect(page.getByTestId("request-status")).toHaveText("Paid");
    await shot(page, "request-money", money(page));
    await managerPage.goto("/payouts");
    await expect(managerPage.getByRole("link", { name: seeded.ref }).first()).toBeVisible();
    await shot(managerPage, "payouts");
  });

  test("a refund to a card the provider declines fails back to the balance and the request returns to the queue", async ({
    page,
  }) => {
    const seeded = await seedRequest({
      body: directToCardEmail("$23.00"),
      openOutageHours: 72,
      replacementAvailable: false,
      paymentRef: "ch_e2e_declined_0002",
    });
    await signInAs(page, "reviewer");
    await decide(page, seeded.requestId, { destination: "direct" });
    await expectPayoutState(page, "Failed");
    // The page reads the request and its money in two queries: a reload that landed between the
    // provider's answer and its commit can show the payout before the request's flag.
    await expectAfterReload(
      page,
      () =>
        expect(page.getByTestId("attention")).toContainText("Payout failed", { timeout: 1_000 }),
      10_000,
    );
    await expect(page.getByTestId("attention")).toContainText("card_declined");
    await expect(page.getByTestId("request-status")).toHaveText("To review");
    const amount = await money(page).getByRole("article").locator("b").first().textContent();
    await expect(page.getByTestId("customer-balance")).toHaveText(`Balance: ${amount}`);
    await page
      .getByLabel("Note on the failed payout")
      .fill("Customer's card is closed; keep it on the balance.");
    await page.getByRole("button", { name: "Keep on balance" }).click();
    // The action refreshes the page itself once the change is committed.
    await expect(money(page).getByTestId("payout-state").first()).toHaveText("Kept on balance");
    await expect(page.getByTestId("request-status")).toHaveText("Paid");
  });
});
