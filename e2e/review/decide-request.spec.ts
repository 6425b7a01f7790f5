import { expect, test, type Page } from "@playwright/test";
import { expectAfterReload } from "../support/after-reload";
import { keysReady } from "../support/keys-ready";
import {
  CHANGED_MIND_EMAIL,
  OUTAGE_EMAIL,
  PROVIDER_FAULT_TO_IBAN_EMAIL,
  seedRequest,
} from "../support/seed";
import { signInAs } from "../support/users";

async function openRequest(page: Page, requestId: string) {
  await page.goto(`/requests/${requestId}`);
  await expect(page.getByRole("region", { name: "Policy recommendation" })).toBeVisible();
}

test.describe("[review] decisions", () => {
  test("a deny cites the clause, closes the request and queues the reply", async ({ page }) => {
    const seeded = await seedRequest({ body: CHANGED_MIND_EMAIL });
    await signInAs(page, "reviewer");
    await openRequest(page, seeded.requestId);
    const policy = page.getByRole("region", { name: "Policy recommendation" });
    await expect(policy.getByText("deny", { exact: true })).toBeVisible();
    const form = page.getByRole("form", { name: "Decision" });
    await form.getByRole("radio", { name: /^Deny/ }).check();
    await expect(form.getByTestId("cited-clauses")).toHaveText("Cited: GEN-DENY-CHANGED-MIND");
    await form
      .getByLabel("Note for the record")
      .fill("Customer changed their mind; not refundable.");
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status", { name: "Decision" })).toContainText("closed");
    await expect(page.getByTestId("request-status")).toHaveText("Closed");
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("GEN-DENY-CHANGED-MIND");
    await expect(page.getByRole("article", { name: `Reply to ${seeded.email}` })).toContainText(
      "The Client has changed their mind regarding the order",
    );
  });

  test("an override demands a written justification", async ({ page }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await signInAs(page, "reviewer");
    await openRequest(page, seeded.requestId);
    await expect(page.getByTestId("rec-amount")).toHaveText("3.00 USD");
    const form = page.getByRole("form", { name: "Decision" });
    await form.getByLabel("Amount (USD)").fill("2.50");
    await expect(form.getByText("Override: amount 250 instead of 300")).toBeVisible();
    await form.getByLabel("Note for the record").fill("Paying part of it.");
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(form.getByText(/Write a justification/)).toBeVisible();
    await expect(page.getByTestId("request-status")).toHaveText("To review");
    await form
      .getByLabel("Justification (required)")
      .fill("Goodwill amount agreed with the customer by phone.");
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status", { name: "Decision" })).toContainText("(override)");
    await expect(page.getByRole("region", { name: "History" })).toContainText("override");
  });

  test("a direct refund whose method cannot refund is prefilled with the IBAN the customer gave, and the reply says so", async ({
    page,
  }) => {
    const seeded = await seedRequest({
      body: PROVIDER_FAULT_TO_IBAN_EMAIL,
      openOutageHours: 72,
      replacementAvailable: false,
      paymentMethod: { type: "other", label: "QIWI Wallet", supportsRefund: false },
    });
    await signInAs(page, "reviewer");
    await openRequest(page, seeded.requestId);
    await expect(page.getByRole("region", { name: "Policy recommendation" })).toContainText(
      "VN-DIRECT-PROVIDER-FAULT",
    );
    await expect(page.getByRole("region", { name: "Policy recommendation" })).toContainText(
      "PAY-NO-REFUND-METHOD",
    );
    const form = page.getByRole("form", { name: "Decision" });
    await expect(form.getByLabel("Destination")).toHaveValue("direct");
    const alternative = form.getByLabel(/Alternative refund method/);
    await expect(alternative).toHaveValue(
      /^bank transfer to the IBAN DE89 .*3000 given in your email$/,
    );
    await expect(
      form.getByText("Suggested from the payment details in the customer's email"),
    ).toBeVisible();
    await expect(form.getByLabel(/Reply to the customer/)).toHaveValue(
      /to you directly by bank transfer to the IBAN DE89 .*3000 given in your email, as your original payment method cannot receive refunds/,
    );
    await form
      .getByLabel("Note for the record")
      .fill(
        "Provider fault, no replacement; the method cannot take refunds, paying to the IBAN given.",
      );
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByTestId("request-status")).toHaveText("Decided");
    await expect(page.getByRole("region", { name: "History" })).toContainText(
      "Alternative refund: bank transfer to the IBAN DE89",
    );
  });

  test("a form opened before someone else changed the request is rejected and nothing is written", async ({
    browser,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    const aCtx = await browser.newContext();
    const a = await aCtx.newPage();
    await signInAs(a, "reviewer");
    await openRequest(a, seeded.requestId);
    const bCtx = await browser.newContext();
    const b = await bCtx.newPage();
    await signInAs(b, "manager");
    await openRequest(b, seeded.requestId);
    const fields = b.getByRole("region", { name: "Extracted fields" });
    await fields.getByText("correct").first().click();
    await fields
      .getByRole("form", { name: "Correct Service" })
      .getByLabel("Service")
      .fill("UK rented number (corrected)");
    await fields
      .getByRole("form", { name: "Correct Service" })
      .getByRole("button", { name: "Save" })
      .click();
    await expect(fields).toContainText("UK rented number (corrected)");

    const form = a.getByRole("form", { name: "Decision" });
    await form.getByLabel("Note for the record").fill("Outage over 24 hours.");
    await form.getByRole("button", { name: "Record decision" }).click();
    const alert = form.getByRole("alert");
    await expect(alert).toContainText("This request changed since you opened it");
    await expect(alert).toContainText("request.field_corrected");
    await a.reload();
    await expect(a.getByTestId("request-status")).toHaveText("To review");
    await expect(a.getByRole("region", { name: "History" })).toContainText("No decision yet.");
    await aCtx.close();
    await bCtx.close();
  });
});

test.describe("[review] next request", () => {
  test.describe.configure({ mode: "serial" });

  test("a reviewer takes the next request, reads the evidence, approves as recommended; the refund is credited, the request moves to Paid with the reply in the outbox", async ({
    page,
  }) => {
    // Received long ago: the most urgent request in the queue.
    const seeded = await seedRequest({
      body: OUTAGE_EMAIL,
      outageHours: [72],
      receivedAt: new Date("2019-03-01T09:00:00Z"),
    });
    await signInAs(page, "reviewer");
    await page.goto("/queue");
    await page.getByRole("button", { name: /Next request/ }).click();
    await expect(page).toHaveURL(new RegExp(`/requests/${seeded.requestId}$`));
    await expect(page.getByTestId("assignee")).toContainText("you");
    await expect(page.getByRole("article", { name: `Email from ${seeded.email}` })).toContainText(
      "did not work for 3 days",
    );
    await expect(page.getByRole("region", { name: "Customer" })).toContainText(seeded.orderRef);
    await expect(
      page.getByRole("list", { name: "Order status history" }).getByRole("listitem"),
    ).toHaveText([/ UTC · active$/]);
    await expect(page.getByRole("region", { name: "Policy recommendation" })).toContainText(
      "VN-BAL-OUTAGE-24H",
    );
    await keysReady(page, "decision");
    await page.locator("body").press("a");
    const form = page.getByRole("form", { name: "Decision" });
    await expect(form.getByLabel("Amount (USD)")).toHaveValue("3.00");
    await form.getByLabel("Note for the record").fill("Outage of 72 hours, refunded pro rata.");
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status", { name: "Decision" })).toContainText("Decision recorded");
    // The job runner books the balance credit within moments: Decided, then Paid.
    await expectAfterReload(page, () =>
      expect(page.getByTestId("request-status")).toHaveText("Paid", { timeout: 1_000 }),
    );
    await expect(page.getByRole("article", { name: `Reply to ${seeded.email}` })).toContainText(
      "approved a refund of 3.00 USD",
    );
    // The job runner sends the reply on its own time too: reload until the page shows it sent.
    await expectAfterReload(page, () =>
      expect(page.getByRole("article", { name: `Reply to ${seeded.email}` })).toContainText(
        "(demo outbox)",
        { timeout: 1_000 },
      ),
    );
    await page.goto(`/queue?tab=paid&q=${seeded.ref}`);
    await expect(
      page.getByRole("table", { name: "Refund requests" }).getByRole("link", { name: seeded.ref }),
    ).toBeVisible();
    await page.goto("/outbox");
    await expect(page.getByRole("table", { name: "Outbox" })).toContainText(seeded.email);
  });

  test("two reviewers pressing next at once get different requests", async ({ browser }) => {
    const old = new Date("2018-01-01T09:00:00Z");
    const one = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [30], receivedAt: old });
    const two = await seedRequest({
      body: OUTAGE_EMAIL,
      outageHours: [30],
      receivedAt: new Date(old.getTime() + 60_000),
    });
    const ctxs = await Promise.all([browser.newContext(), browser.newContext()]);
    const [p1, p2] = await Promise.all(ctxs.map((c) => c.newPage()));
    await signInAs(p1!, "reviewer");
    await signInAs(p2!, { email: "reviewer2@refund-desk.test", password: "reviewer2-demo-pass" });
    await Promise.all([p1!.goto("/queue"), p2!.goto("/queue")]);
    await Promise.all([
      p1!.getByRole("button", { name: /Next request/ }).click(),
      p2!.getByRole("button", { name: /Next request/ }).click(),
    ]);
    await Promise.all([p1!.waitForURL(/\/requests\//), p2!.waitForURL(/\/requests\//)]);
    const urls = [p1!.url(), p2!.url()].map((u) => u.split("/").pop());
    expect(new Set(urls).size).toBe(2);
    expect(urls.sort()).toEqual([one.requestId, two.requestId].sort());
    await Promise.all(ctxs.map((c) => c.close()));
  });
});
