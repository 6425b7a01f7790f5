import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { expect, test } from "@playwright/test";
import { refundRequests } from "../../db/schema";
import { e2eDb, OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

async function threeAlike(token: string) {
  const seeded = [];
  for (const n of ["one", "two", "three"])
    seeded.push(
      await seedRequest({ body: OUTAGE_EMAIL, outageHours: [30], subject: `Refund ${token} ${n}` }),
    );
  return seeded;
}

test.describe("[review] bulk decide from the queue", () => {
  test("a reviewer ticks three alike requests, reviews the list and decides them as recommended in one go", async ({
    page,
  }) => {
    const token = `zqbd${randomUUID().slice(0, 6)}`;
    const seeded = await threeAlike(token);
    await signInAs(page, "reviewer");
    await page.goto(`/queue?tab=all&q=${token}`);
    const table = page.getByRole("table", { name: "Refund requests" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await table.getByLabel("Select all on this page").check();
    const panel = page.getByRole("region", { name: "Decide as recommended" });
    await panel.getByRole("button", { name: "Decide 3 as recommended…" }).click();
    for (const s of seeded) await expect(panel.getByRole("listitem")).toContainText([s.ref]);
    await panel.getByRole("button", { name: "Confirm: decide 3" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Decided 3 as recommended." }),
    ).toBeVisible();
    const ids = seeded.map((s) => s.requestId);
    const [row] = await e2eDb().execute<{ decided: number }>(
      sql`SELECT count(*)::int AS decided FROM decisions WHERE request_id IN (${sql.join(ids, sql`, `)})`,
    );
    expect(row?.decided).toBe(3);
  });

  test("one request changed after it was ticked: the batch is refused naming it, and none is decided", async ({
    page,
  }) => {
    const token = `zqbr${randomUUID().slice(0, 6)}`;
    const seeded = await threeAlike(token);
    await signInAs(page, "reviewer");
    await page.goto(`/queue?tab=all&q=${token}`);
    const table = page.getByRole("table", { name: "Refund requests" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await table.getByLabel("Select all on this page").check();
    // Someone else changes one of them while the reviewer looks at the list.
    await e2eDb()
      .update(refundRequests)
      .set({ version: sql`${refundRequests.version} + 1` })
      .where(eq(refundRequests.id, seeded[1]!.requestId));
    const panel = page.getByRole("region", { name: "Decide as recommended" });
    await panel.getByRole("button", { name: "Decide 3 as recommended…" }).click();
    await panel.getByRole("button", { name: "Confirm: decide 3" }).click();
    await expect(panel.getByRole("alert")).toContainText(`Nothing was decided: ${seeded[1]!.ref}`);
    const ids = seeded.map((s) => s.requestId);
    const [row] = await e2eDb().execute<{ decided: number }>(
      sql`SELECT count(*)::int AS decided FROM decisions WHERE request_id IN (${sql.join(ids, sql`, `)})`,
    );
    expect(row?.decided).toBe(0);
  });
});
