import { expect, test } from "@playwright/test";
import { signInAs } from "../support/users";

function eml(opts: {
  messageId: string;
  from: string;
  subject: string;
  body: string;
  extra?: string;
}) {
  return Buffer.from(
    [
      `From: Customer <${opts.from}>`,
      "To: refunds@refund-desk.test",
      `Subject: ${opts.subject}`,
      `Message-ID: <${opts.messageId}>`,
      opts.extra,
      "Content-Type: text/plain; charset=utf-8",
      "",
      opts.body,
      "",
    ]
      .filter((l) => l !== undefined)
      .join("\r\n"),
  );
}

test.describe("[ingest] .eml upload", () => {
  test("an uploaded email becomes a request with its fields highlighted; uploading it again makes no second request", async ({
    page,
  }) => {
    const tag = Date.now().toString(36);
    const file = {
      name: `refund-${tag}.eml`,
      mimeType: "message/rfc822",
      buffer: eml({
        messageId: `${tag}@upload.example.com`,
        from: `upload-${tag}@example.com`,
        subject: `Refund for my rented number ${tag}`,
        body:
          "Hello, my rented number +44 20 7946 0991 stopped working two days ago. Please refund 12.50 USD to my PayPal paypal-" +
          tag +
          "@example.com. Thanks",
      }),
    };
    await signInAs(page, "reviewer");
    await page.goto("/queue");
    const form = page.getByRole("form", { name: "Upload emails" });
    await form.getByLabel("Import .eml").setInputFiles(file);
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(form.getByRole("status")).toContainText(`${file.name}: created`);
    await form.getByRole("link", { name: "open" }).click();
    const email = page.getByRole("article", { name: `Email from upload-${tag}@example.com` });
    await expect(email.locator("mark[data-field='amount']")).toContainText("12.50 USD");
    await expect(email.locator("mark[data-field='payment details']")).toBeVisible();
    await expect(page.getByRole("region", { name: "Extracted fields" })).toContainText("paypal");
    const url = page.url();

    await page.goto("/queue");
    await form.getByLabel("Import .eml").setInputFiles(file);
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(form.getByRole("status")).toContainText(`${file.name}: duplicate`);
    await page.goto(`/queue?tab=all&q=upload-${tag}@example.com`);
    await expect(
      page.getByRole("table", { name: "Refund requests" }).locator("tbody tr"),
    ).toHaveCount(1);
    expect(url).toMatch(/\/requests\/[0-9a-f-]{36}$/);
  });

  test("a bounce lands in quarantine, where an admin sees and dismisses it", async ({
    browser,
    page,
  }) => {
    const tag = Date.now().toString(36);
    await signInAs(page, "reviewer");
    await page.goto("/queue");
    const form = page.getByRole("form", { name: "Upload emails" });
    await form.getByLabel("Import .eml").setInputFiles({
      name: `bounce-${tag}.eml`,
      mimeType: "message/rfc822",
      buffer: eml({
        messageId: `${tag}@mx.example.net`,
        from: "MAILER-DAEMON@mx.example.net",
        subject: `Undelivered Mail Returned to Sender ${tag}`,
        body: "This is the mail system. Your message could not be delivered.",
        extra: "Auto-Submitted: auto-replied",
      }),
    });
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(form.getByRole("status")).toContainText("quarantined");

    const ctx = await browser.newContext();
    const admin = await ctx.newPage();
    await signInAs(admin, "admin");
    await admin.goto("/quarantine");
    const row = admin
      .getByRole("row")
      .filter({ hasText: `Undelivered Mail Returned to Sender ${tag}` });
    await expect(row).toBeVisible();
    await expect(row).toContainText("bounce");
    await row.getByRole("button", { name: "Dismiss" }).click();
    // Dismissed messages leave the list (their raw bytes stay stored).
    await expect(row).toHaveCount(0);
    await admin.reload();
    await expect(
      admin.getByRole("row").filter({ hasText: `Undelivered Mail Returned to Sender ${tag}` }),
    ).toHaveCount(0);
    await ctx.close();
  });
});
