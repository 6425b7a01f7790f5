import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ingestRaw, requestOfEmail } from "../support/seed";
import { signInAs } from "../support/users";

const CARD = "4111 1111 1111 1111";

/** An email quoting a full card number in its text and its HTML. */
async function emailWithCard() {
  const boundary = `alt-${randomUUID()}`;
  const { emailId } = await ingestRaw([
    "From: Card Sender <card-sender@example.com>",
    "To: refunds@refund-desk.test",
    "Subject: Refund to my card",
    `Message-ID: <${randomUUID()}@e2e.test>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    `My rented number did not work for 3 days. Please refund $3.00 to my card ${CARD}.`,
    `--${boundary}`,
    "Content-Type: text/html; charset=utf-8",
    "",
    `<p>My rented number did not work for 3 days. Please refund $3.00 to my card <b>${CARD}</b>.</p>`,
    `--${boundary}--`,
    "",
  ]);
  return { emailId, ...(await requestOfEmail(emailId)) };
}

test.describe("[security] the email as sent goes to managers only; everyone else sees it masked", () => {
  test("a reviewer sees the card masked, gets masked HTML, no .eml link and a 403 for the .eml", async ({
    page,
  }) => {
    const { emailId, requestId } = await emailWithCard();
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${requestId}`);
    const thread = page.getByRole("region", { name: "Email thread" });
    await expect(thread).toContainText("•••• •••• •••• 1111");
    await expect(thread).not.toContainText(CARD);
    await expect(thread.getByRole("link", { name: /Download \.eml/ })).toHaveCount(0);
    const html = await page.request.get(`/api/emails/${emailId}/html`);
    expect(await html.text()).toContain("<b>•••• •••• •••• 1111</b>");
    expect((await page.request.get(`/api/emails/${emailId}/raw`)).status()).toBe(403);
    expect((await page.request.get(`/api/emails/${emailId}/html?original=1`)).status()).toBe(403);
  });

  test("a manager downloads the .eml as sent from the request page", async ({ page }) => {
    const { requestId } = await emailWithCard();
    await signInAs(page, "manager");
    await page.goto(`/requests/${requestId}`);
    const link = page
      .getByRole("region", { name: "Email thread" })
      .getByRole("link", { name: /Download \.eml/ });
    const res = await page.request.get((await link.getAttribute("href"))!);
    expect(res.status()).toBe(200);
    expect((await res.body()).toString()).toContain(CARD);
  });
});
