import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ingestRaw, requestOfEmail } from "../support/seed";
import { signInAs } from "../support/users";

const DASHES = "-".repeat(36);
const cursor = (c: unknown) => Buffer.from(JSON.stringify(c)).toString("base64url");

test.describe("[security] bad input gets a 404 or a field error, never a 500", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "reviewer"));

  test("an id of 36 dashes is not found", async ({ page }) => {
    for (const path of [
      `/requests/${DASHES}`,
      `/api/emails/${DASHES}/html`,
      `/api/attachments/${DASHES}`,
    ])
      expect((await page.request.get(path)).status(), path).toBe(404);
    // The .eml is a manager's download: a reviewer is refused before the id is looked at.
    expect((await page.request.get(`/api/emails/${DASHES}/raw`)).status()).toBe(403);
    await signInAs(page, "manager");
    for (const path of [`/api/emails/${DASHES}/raw`, `/api/emails/${DASHES}/html?original=1`])
      expect((await page.request.get(path)).status(), path).toBe(404);
  });

  test("a crafted next-page cursor shows the first page", async ({ page }) => {
    for (const [sort, c] of [
      ["received", { v: "9999-99-99T99:99:99Z", id: randomUUID() }],
      ["due", { v: "123456", id: randomUUID() }],
      ["amount", { v: "1", id: DASHES }],
    ] as const) {
      const res = await page.goto(`/queue?tab=all&sort=${sort}&after=${cursor(c)}`);
      expect(res!.status(), sort).toBe(200);
      await expect(page.getByRole("heading", { name: "Queue" })).toBeVisible();
    }
  });

  test("a search with NUL, or over 200 characters, shows a field error and no rows", async ({
    page,
  }) => {
    for (const q of ["refund\u0000", "x".repeat(201)]) {
      const res = await page.goto(`/queue?tab=all&q=${encodeURIComponent(q)}`);
      expect(res!.status()).toBe(200);
      await expect(page.getByRole("form", { name: "Filters" }).getByRole("alert")).toBeVisible();
      await expect(page.getByText("No requests match this view.")).toBeVisible();
    }
  });

  test("bidi overrides in a subject and an attachment name are shown neutralised", async ({
    page,
  }) => {
    const boundary = "b-" + randomUUID();
    const { emailId } = await ingestRaw([
      "From: Bidi Sender <bidi-sender@example.com>",
      "To: refunds@refund-desk.test",
      "Subject: =?UTF-8?B?" + Buffer.from("Refund \u202eexe.pdf").toString("base64") + "?=",
      `Message-ID: <${randomUUID()}@e2e.test>`,
      "MIME-Version: 1.0",
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Please refund my order, the number never worked.",
      `--${boundary}`,
      "Content-Type: application/pdf",
      "Content-Transfer-Encoding: base64",
      "Content-Disposition: attachment; filename*=UTF-8''..%2F..%2Finvoice%E2%80%AEfdp.exe",
      "",
      Buffer.from("%PDF-1.4 test").toString("base64"),
      `--${boundary}--`,
      "",
    ]);
    const { requestId } = await requestOfEmail(emailId);
    await page.goto(`/requests/${requestId}`);
    await expect(page.getByText("Refund [U+202E]exe.pdf").first()).toBeVisible();
    const link = page.getByRole("link", { name: /invoice\[U\+202E\]fdp\.exe/ });
    await expect(link).toBeVisible();
    const res = await page.request.get((await link.getAttribute("href"))!);
    const disposition = res.headers()["content-disposition"] ?? "";
    expect(decodeURIComponent(disposition)).not.toMatch(/\.\.[/\\]/);
    expect(disposition).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
