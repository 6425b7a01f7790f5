import { eq } from "drizzle-orm";
import { expect, test } from "@playwright/test";
import { policyEvaluations, refundRequests } from "../../db/schema";
import { replayPolicy } from "../../lib/requests/replay-policy";
import { e2eDb, OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs } from "../support/users";

test.describe("[review] policy replay on the request page", () => {
  test("a request an older engine recommended denying, replayed, says when and why its recommendation changed", async ({
    page,
  }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    const db = e2eDb();
    // As if engine 2026.01.1 had evaluated it and recommended a denial.
    await db
      .update(policyEvaluations)
      .set({ engineVersion: "2026.01.1" })
      .where(eq(policyEvaluations.requestId, seeded.requestId));
    await db
      .update(refundRequests)
      .set({ recOutcome: "deny", recAmountMinor: null, recDestination: null })
      .where(eq(refundRequests.id, seeded.requestId));
    // What the replay job runs, limited to this request so other specs' requests stay as they are.
    expect(await replayPolicy(db, { requestIds: [seeded.requestId] })).toEqual({
      evaluated: 1,
      changed: 1,
    });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    const panel = page.getByRole("region", { name: "Policy recommendation" });
    await expect(panel.getByRole("note")).toContainText(
      /Recommendation changed on .+: deny → approve 3\.00 USD \(engine 2026\.01\.1 → \d{4}\.\d+\.\d+\)\./,
    );
  });
});
