import { expect, test } from "@playwright/test";
import { seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[review] missing information", () => {
  test("an incomplete request waits for the customer; the reviewer edits and sends the drafted request for details", async ({
    page,
  }) => {
    const seeded = await seedRequest({
      body: "Hello, my UK rented number (order ORDER_REF) did not work for 3 days because of the operator. Please refund $3.00.",
      outageHours: [72],
    });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    await expect(page.getByTestId("request-status")).toHaveText("Awaiting customer");
    await expect(page.getByRole("region", { name: "Extracted fields" })).toContainText(
      "missing: paymentDetails",
    );
    const reply = page.getByRole("article", { name: `Reply to ${seeded.email}` });
    const draft = reply.getByLabel("Drafted automatically; edit before sending");
    await expect(draft).toHaveValue(/bank requisites or other payment method details/);
    await draft.fill(
      "Hello,\n\nPlease send us the card or bank details for the refund.\n\nRefunds department",
    );
    await reply.getByRole("button", { name: "Send reply" }).click();
    await expect(reply).toContainText("(demo outbox)");
    await expect(reply).toContainText("Please send us the card or bank details for the refund.");
  });
});
