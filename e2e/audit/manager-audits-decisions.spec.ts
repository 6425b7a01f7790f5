import { expect, test } from "@playwright/test";
import { seedDecision, seedReviewer } from "../support/decide";
import { OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { shot } from "../support/screenshot";
import { signInAs } from "../support/users";

test.describe("[audit] managers audit decisions", () => {
  test("a manager filters to one reviewer's overrides, opens one, reopens it with a reason, and the timeline, report and CSV follow", async ({
    page,
  }) => {
    const vera = await seedReviewer(`Vera Verifier ${Date.now()}`);
    const overridden = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    const followed = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await seedDecision(overridden.requestId, vera.id, {
      amount: "2.50",
      justification: "Customer used the number for part of the outage",
    });
    await seedDecision(followed.requestId, vera.id);

    await signInAs(page, "manager");
    await page.goto("/decisions");
    const filters = page.getByRole("form", { name: "Decision filters" });
    await filters.getByLabel("Reviewer").selectOption({ label: vera.name });
    await filters.getByLabel("Override").selectOption("yes");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`reviewer=${vera.id}.*override=yes`));
    const table = page.getByRole("table", { name: "Decisions" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(overridden.ref);
    await expect(table).not.toContainText(followed.ref);
    await expect(table).toContainText("2.50 USD");
    await shot(page, "decisions-view");

    const csvUrl = `/decisions/export?reviewer=${vera.id}&override=yes`;
    const before = await (await page.request.get(csvUrl)).text();
    expect(before).toContain(overridden.ref);
    const row = before.split("\r\n").find((l) => l.includes(overridden.ref));
    expect(row).toContain(`${vera.name},approve,250,USD,balance`);
    // The job runner books the credit at once: pending or already credited.
    expect(row).toMatch(/,yes,approve,yes,met,(pending|credited),no,/);

    const volumeUrl = `/reports/volume?reviewer=${vera.id}`;
    await page.goto(volumeUrl);
    const outcomes = page.getByRole("table", { name: "Requests by outcome (decision in force)" });
    await expect(outcomes.getByRole("row", { name: /approve/ })).toContainText("2");

    await page.goto("/decisions?" + new URL(csvUrl, "http://x").searchParams.toString());
    await page.getByRole("link", { name: overridden.ref }).click();
    await expect(page).toHaveURL(new RegExp(`/requests/${overridden.requestId}`));
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline).toContainText("Decision: approve to balance (override) $2.50 USD");
    await expect(timeline).toContainText(`by ${vera.name}`);
    await expect(timeline).toContainText(
      "justification: Customer used the number for part of the outage",
    );

    await page.getByRole("button", { name: "Reopen decision…" }).click();
    await page
      .getByLabel(/Why is this decision reopened/)
      .fill("The outage log shows the full 72 hours");
    await page.getByRole("button", { name: "Reopen", exact: true }).click();
    await expect(timeline).toContainText("Decision reopened");
    await expect(timeline).toContainText("reason: The outage log shows the full 72 hours");
    const form = page.getByRole("form", { name: "Decision" });
    await form
      .getByLabel("Note for the record")
      .fill("Full outage confirmed: the policy's amount.");
    await form
      .getByLabel("Take over from")
      .check()
      .catch(() => undefined);
    await form.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status", { name: "Decision" })).toContainText("Decision recorded");
    await expect(timeline).toContainText("by Max Manager");
    await shot(page, "request-timeline", timeline);

    const after = await (await page.request.get(csvUrl)).text();
    expect(after.split("\r\n").find((l) => l.includes(overridden.ref))).toMatch(
      /,(cancelled|credited),yes,/,
    );
    await page.goto(volumeUrl);
    await expect(outcomes.getByRole("row", { name: /approve/ })).toContainText("1");
    await page.goto(`/reports/overrides?reviewer=${vera.id}`);
    await expect(page.getByRole("table", { name: "Override rate per reviewer" })).toContainText(
      "50.0 %",
    );
    await shot(page, "report-overrides");
  });

  test("a reviewer is refused every manager page, export and action, and cannot re-decide", async ({
    browser,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    const vera = await seedReviewer(`Vera Refused ${Date.now()}`);
    await seedDecision(seeded.requestId, vera.id);

    const managerCtx = await browser.newContext();
    const manager = await managerCtx.newPage();
    await signInAs(manager, "manager");
    await manager.goto("/quality");
    const captured = manager.waitForRequest(
      (r) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
    );
    await manager.getByLabel("Percent").fill("0");
    await manager.getByRole("button", { name: "Draw sample" }).click();
    const req = await captured;
    await expect(manager.getByText("At least 1 %")).toBeVisible();

    const reviewerCtx = await browser.newContext();
    const reviewer = await reviewerCtx.newPage();
    await signInAs(reviewer, "reviewer");
    for (const path of [
      "/decisions",
      "/quality",
      "/reports/sla",
      "/reports/money",
      "/reports/overrides",
      "/audit",
    ]) {
      await reviewer.goto(path);
      await expect(reviewer, path).toHaveURL(/\/forbidden$/);
    }
    for (const path of ["/decisions/export", "/audit/export", "/reports/export?report=money"]) {
      const res = await reviewer.request.get(path);
      expect(res.status(), path).toBe(403);
    }
    const replay = await reviewer.request.post("/quality", {
      headers: {
        "next-action": req.headers()["next-action"]!,
        "content-type": req.headers()["content-type"] ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      data: req.postDataBuffer() ?? "",
    });
    expect(await replay.text()).toContain('"code":"FORBIDDEN"');

    await reviewer.goto(`/requests/${seeded.requestId}`);
    await expect(
      reviewer.getByText("Recorded decisions are read-only: ask a manager to reopen."),
    ).toBeVisible();
    await expect(reviewer.getByRole("button", { name: "Record decision" })).toHaveCount(0);
    await expect(reviewer.getByRole("button", { name: "Reopen decision…" })).toHaveCount(0);
    await managerCtx.close();
    await reviewerCtx.close();
  });
});
