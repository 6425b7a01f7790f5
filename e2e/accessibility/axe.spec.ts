import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { OUTAGE_EMAIL, seedRequest } from "../support/seed";
import { signInAs, type DemoRole } from "../support/users";

/** Serious and critical violations of a loaded page, one line each: rule, impact, first offending nodes. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

const PAGES: { name: string; role: DemoRole; path: string; ready: string }[] = [
  { name: "queue", role: "reviewer", path: "/queue", ready: "Queue" },
  { name: "simulator", role: "reviewer", path: "/simulator", ready: "Policy simulator" },
  { name: "payouts", role: "manager", path: "/payouts", ready: "Payouts" },
  { name: "approvals", role: "manager", path: "/approvals", ready: "Approvals" },
  { name: "settings", role: "manager", path: "/settings", ready: "Settings" },
  { name: "outbox", role: "admin", path: "/outbox", ready: "Outbox" },
];

test.describe("[accessibility] axe finds no serious or critical violations", () => {
  for (const p of PAGES)
    test(`${p.name} (as ${p.role})`, async ({ page }) => {
      await signInAs(page, p.role);
      await page.goto(p.path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(p.ready);
      expect(await seriousViolations(page)).toEqual([]);
    });

  test("request page (as reviewer), with its decision form", async ({ page }) => {
    const seeded = await seedRequest({ body: OUTAGE_EMAIL, outageHours: [72] });
    await signInAs(page, "reviewer");
    await page.goto(`/requests/${seeded.requestId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(seeded.ref);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
