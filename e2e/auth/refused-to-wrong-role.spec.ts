import { expect, test, type Request } from "@playwright/test";
import { demoUser, signInAs } from "../support/users";

test.describe("[auth] refused to the wrong role", () => {
  test("a reviewer cannot open the admin, audit or settings pages", async ({ page }) => {
    await signInAs(page, "reviewer");
    for (const path of ["/admin/users", "/audit", "/settings", "/reports", "/quarantine"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/forbidden$/);
      await expect(
        page.getByRole("heading", { name: "You don’t have access to this page" }),
      ).toBeVisible();
    }
  });

  test("a reviewer calling the admin's server action directly is refused and nothing changes", async ({
    browser,
  }) => {
    // The admin tries to deactivate themself: refused by a business rule, which lets us capture the action's id and body.
    const adminCtx = await browser.newContext();
    const admin = await adminCtx.newPage();
    await signInAs(admin, "admin");
    await admin.goto("/admin/users");
    const adminEmail = demoUser("admin").email;
    const row = admin.getByTestId(`user-${adminEmail}`);
    const captured = admin.waitForRequest(
      (r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
    );
    await row.getByRole("button", { name: "Deactivate" }).click();
    const req = await captured;
    await expect(row.getByRole("alert")).toHaveText("You cannot remove your own admin access.");
    const actionId = req.headers()["next-action"]!;
    const body = req.postData()!;
    expect(body).toContain('"active":false');

    const reviewerCtx = await browser.newContext();
    const reviewer = await reviewerCtx.newPage();
    await signInAs(reviewer, "reviewer");
    const res = await reviewer.request.post("/admin/users", {
      headers: {
        "next-action": actionId,
        "content-type": req.headers()["content-type"] ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      data: body,
    });
    const text = await res.text();
    expect(text).toContain('"code":"FORBIDDEN"');
    expect(text).not.toContain('"ok":true');

    // The admin is still active.
    await admin.reload();
    await expect(admin.getByTestId(`user-${adminEmail}`)).toContainText("Active");
    await adminCtx.close();
    await reviewerCtx.close();
  });

  test("a signed-out caller of a server action is refused", async ({ browser, page }) => {
    const adminCtx = await browser.newContext();
    const admin = await adminCtx.newPage();
    await signInAs(admin, "admin");
    await admin.goto("/admin/users");
    const captured = admin.waitForRequest(
      (r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
    );
    await admin
      .getByTestId(`user-${demoUser("admin").email}`)
      .getByRole("button", { name: "Deactivate" })
      .click();
    const req = await captured;
    const res = await page.request.post("/admin/users", {
      headers: {
        "next-action": req.headers()["next-action"]!,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      data: req.postData()!,
    });
    expect(await res.text()).toContain('"code":"UNAUTHENTICATED"');
    await adminCtx.close();
  });
});
