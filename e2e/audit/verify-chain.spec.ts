import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eDb } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[audit] hash chain", () => {
  test("a manager asks for a full verification; the worker runs it and the page shows the result and the checkpointed verdict", async ({
    page,
  }) => {
    await signInAs(page, "manager");
    await page.goto("/audit");
    const chain = page.getByText("Hash chain").locator("..");
    await expect(chain).toContainText("Intact");
    const table = page.getByRole("table", { name: "Full verifications" });
    await page.getByRole("button", { name: "Verify the whole chain now" }).click();
    // The page refreshes itself while the worker runs it, and shows the manager's run on top.
    const newest = table.getByRole("row").nth(1);
    await expect(newest).toContainText("Max Manager", { timeout: 20_000 });
    await expect(newest).toContainText("Done", { timeout: 20_000 });
    await expect(newest).toContainText("Intact");
    await expect(page.getByRole("button", { name: "Verify the whole chain now" })).toBeEnabled();
    await expect(chain).toContainText(
      /Whole chain verified .* UTC \([\d,]+ entries, through #\d+\); the \d+ entr(y|ies) written since (was|were) checked on this load, and every earlier checkpoint still holds/,
    );
    // Its own result is in the chain, in the manager's name.
    await expect(page.getByRole("table", { name: "Audit log" })).toContainText("audit.verified");
    const [row] = await e2eDb().execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_verifications WHERE status = 'done' AND ok`,
    );
    expect(row!.n).toBeGreaterThanOrEqual(1);
  });
});
