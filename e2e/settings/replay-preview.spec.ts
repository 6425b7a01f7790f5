import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { expect, test, type Page } from "@playwright/test";
import { getCalendar } from "../../db/queries/settings";
import { refundRequests } from "../../db/schema";
import { dateTime } from "../../lib/format";
import { addWorkingDays, type Calendar } from "../../lib/policy";
import { formatDate, toWallTime } from "../../lib/policy/zoned-time";
import { withCalendarLock } from "../support/calendar-lock";
import { e2eDb } from "../support/seed";
import { shot } from "../support/screenshot";
import { signInAs } from "../support/users";

/** The demo's oldest request (order ORD-400308, received 100 hours before the seed): in review, complete. */
async function knownDemoRequest() {
  const [r] = await e2eDb()
    .select()
    .from(refundRequests)
    .where(sql`'ORD-400308' = ANY(${refundRequests.orderRefs})`);
  expect(r?.status, "the demo request ORD-400308 is still in review").toBe("to_review");
  return r!;
}

const localDate = (instant: number, calendar: Calendar) =>
  formatDate(toWallTime(instant, calendar.timeZone));

async function setHolidays(page: Page, text: string) {
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Working-day calendar" });
  await form.getByLabel(/^Holidays/).fill(text);
  await form.getByRole("button", { name: "Save calendar" }).click();
  await expect(form.getByRole("status")).toContainText(/Calendar saved|No change/);
}

test.describe("[settings] policy replay preview", () => {
  test("a manager adds a holiday, previews, sees a demo request's review deadline move side by side, exports CSV and saves", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await withCalendarLock(async () => {
      const request = await knownDemoRequest();
      const saved = await getCalendar(e2eDb());
      const start = (request.completedAt ?? request.receivedAt).getTime();
      // The first working day after it arrived: its review window, and already past, so requests
      // other specs create now keep their deadlines.
      const holiday = localDate(addWorkingDays(start, 1, saved), saved);
      const edited = { ...saved, holidays: [...saved.holidays, holiday].sort() };
      const after = addWorkingDays(start, 2, edited);
      expect(request.reviewBy!.getTime()).toBe(addWorkingDays(start, 2, saved));

      await signInAs(page, "manager");
      await page.goto("/settings");
      const form = page.getByRole("form", { name: "Working-day calendar" });
      const original = await form.getByLabel(/^Holidays/).inputValue();
      try {
        await form.getByLabel(/^Holidays/).fill(`${original}\n${holiday}`.trim());
        const received = request.receivedAt.toISOString().slice(0, 10);
        await form.getByLabel("Received from").fill(received);
        await form.getByLabel("Received until").fill(received);
        await form.getByLabel("Which").selectOption("open");
        await form
          .getByRole("radio", { name: "This edited calendar against the saved one" })
          .check();
        await form.getByRole("button", { name: "Preview the effect" }).click();
        await expect(page).toHaveURL(/\/settings\/replay\/[0-9a-f-]{36}$/);
        await expect(page.getByRole("heading", { name: "Policy replay preview" })).toBeVisible();

        // The page follows the job (x of N) and shows the table when it is done.
        const row = page
          .getByRole("table", { name: "Changes" })
          .getByRole("row", { name: `${request.ref} Review by` });
        await expect(row).toBeVisible({ timeout: 60_000 });
        await expect(row).toContainText(dateTime(request.reviewBy, saved.timeZone));
        await expect(row).toContainText(dateTime(new Date(after), edited.timeZone));
        await expect(page.getByRole("status").filter({ hasText: "would change" })).toBeVisible();
        await shot(page, "replay-preview");

        const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
        const csv = await page.request.get(href!);
        expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
        const lines = (await csv.text()).split("\r\n");
        expect(lines[0]).toBe("request,field,before,after,currency");
        const line = lines.find((l) => l.startsWith(`${request.ref},review_by,`));
        expect(line).toBeDefined();
        expect(Date.parse(line!.split(",")[3]!)).toBe(after);

        await page.getByRole("button", { name: "Save this calendar" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Calendar saved" })).toHaveText(
          "Calendar saved. Open requests are being re-evaluated with it.",
        );
        // Saving moved the running deadline in the same transaction.
        const [moved] = await e2eDb()
          .select({ reviewBy: refundRequests.reviewBy })
          .from(refundRequests)
          .where(eq(refundRequests.id, request.id));
        expect(moved!.reviewBy!.getTime()).toBe(after);
        await page.getByRole("link", { name: request.ref }).click();
        await expect(page).toHaveURL(new RegExp(`/requests/${request.id}$`));
      } finally {
        // Other specs compute deadlines with this calendar: put it back whatever happens.
        await setHolidays(page, original);
      }
    });
  });

  test("a reviewer is refused a preview's page and its export", async ({ page }) => {
    await signInAs(page, "reviewer");
    const id = randomUUID();
    await page.goto(`/settings/replay/${id}`);
    await expect(page).toHaveURL(/\/forbidden$/);
    expect((await page.request.get(`/settings/replay/${id}/export`)).status()).toBe(403);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});
