import { expect, test, type Locator, type Page } from "@playwright/test";
import { withCalendarLock } from "../support/calendar-lock";
import { signInAs } from "../support/users";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** Far enough ahead that no deadline computed by a parallel spec can land on it. */
const HOLIDAY = "2031-12-24";

type Snapshot = { zone: string; weekend: string[]; holidays: string };

async function readCalendar(form: Locator): Promise<Snapshot> {
  const weekend: string[] = [];
  for (const day of DAYS)
    if (await form.getByLabel(day, { exact: true }).isChecked()) weekend.push(day);
  return {
    zone: await form.getByLabel("Time zone").inputValue(),
    weekend,
    holidays: await form.getByLabel(/^Holidays/).inputValue(),
  };
}

async function writeCalendar(page: Page, form: Locator, c: Snapshot) {
  await form.getByLabel("Time zone").selectOption(c.zone);
  for (const day of DAYS)
    await form.getByLabel(day, { exact: true }).setChecked(c.weekend.includes(day));
  await form.getByLabel(/^Holidays/).fill(c.holidays);
  await form.getByRole("button", { name: "Save calendar" }).click();
  await expect(form.getByRole("status")).toContainText(/Calendar saved|No change/);
}

async function addHolidayAndWeekend(page: Page) {
  await signInAs(page, "manager");
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Working-day calendar" });
  const original = await readCalendar(form);
  // Other specs compute deadlines with this calendar: put it back whatever happens.
  try {
    const holidays = form.getByLabel(/^Holidays/);
    await holidays.fill(`${original.holidays}\n2026-02-30`.trim());
    await expect(form.getByText(/Line \d+: “2026-02-30” is not a date/)).toBeVisible();
    await expect(form.getByRole("button", { name: "Save calendar" })).toBeDisabled();

    await holidays.fill(`${original.holidays}\n${HOLIDAY}`.trim());
    const weekendDay = original.weekend.includes("Friday") ? "Wednesday" : "Friday";
    await form.getByLabel(weekendDay, { exact: true }).check();
    await expect(
      form
        .getByRole("list", { name: "Working-day preview" })
        .getByLabel(new RegExp(`^${weekendDay} .*: weekend$`))
        .first(),
    ).toBeVisible();
    await form.getByRole("button", { name: "Save calendar" }).click();
    await expect(form.getByRole("status")).toHaveText("Calendar saved. New evaluations use it.");

    await page.reload();
    await expect(form.getByLabel(weekendDay, { exact: true })).toBeChecked();
    await expect(form.getByLabel(/^Holidays/)).toHaveValue(new RegExp(`(^|\\n)${HOLIDAY}($|\\n)`));
  } finally {
    await page.goto("/settings");
    await writeCalendar(page, form, original);
  }
  await page.reload();
  expect(await readCalendar(form)).toEqual(original);
}

test.describe("[settings] working-day calendar", () => {
  test("a manager adds a holiday and changes the weekend, and sees both after a reload", async ({
    page,
  }) => {
    // The replay preview spec saves the calendar too: one at a time (this may wait for it).
    test.setTimeout(90_000);
    await withCalendarLock(() => addHolidayAndWeekend(page));
  });

  test("an admin sees the settings and the policy reading, read-only", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/settings");
    await expect(page.getByTestId("settings-read-only")).toBeVisible();
    const form = page.getByRole("form", { name: "Working-day calendar" });
    await expect(form.getByLabel("Time zone")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save calendar" })).toHaveCount(0);
    await expect(
      page.getByRole("switch", { name: "Send the missing-information reply automatically" }),
    ).toBeDisabled();
    await expect(
      page.getByRole("heading", { name: "How Refund Desk reads the policy" }),
    ).toBeVisible();
    await expect(page.locator("#clause-VN-BAL-OUTAGE-24H")).toContainText("Interpretation:");
  });

  test("a reviewer is refused the settings page", async ({ page }) => {
    await signInAs(page, "reviewer");
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});
