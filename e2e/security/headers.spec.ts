import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ingestRaw } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[security] response headers", () => {
  test("app pages carry a nonce-based CSP that their own scripts satisfy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await signInAs(page, "reviewer");
    const res = await page.goto("/queue");
    const csp = res!.headers()["content-security-policy"] ?? "";
    const nonce = /script-src [^;]*'nonce-([\w+/=-]+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res!.headers()["permissions-policy"]).toContain("camera=()");
    expect(res!.headers()["referrer-policy"]).toBe("same-origin");
    // Every script Next rendered carries this response's nonce (read back from the DOM property:
    // browsers hide the attribute once parsed).
    const nonces = await page.$$eval("script", (s) => s.map((e) => e.nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
    // A fresh nonce on every response.
    const again = await page.request.get("/queue");
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    // The page hydrated (a client-side control works) and nothing was blocked.
    await page.getByRole("link", { name: "Policy simulator" }).click();
    await expect(page).toHaveURL(/\/simulator$/);
    expect(violations).toEqual([]);
  });

  test("the email HTML route keeps its own strict CSP and no-referrer", async ({ page }) => {
    const { emailId } = await ingestRaw([
      "From: Html Sender <html-sender@example.com>",
      "To: refunds@refund-desk.test",
      "Subject: An HTML email",
      `Message-ID: <${randomUUID()}@e2e.test>`,
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Please refund <b>order</b> ORD-1.</p>",
    ]);
    await signInAs(page, "reviewer");
    const res = await page.request.get(`/api/emails/${emailId}/html`);
    expect(res.status()).toBe(200);
    expect(res.headers()["referrer-policy"]).toBe("no-referrer");
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/^sandbox; default-src 'none'/);
    expect(csp).not.toContain("nonce-");
  });
});
