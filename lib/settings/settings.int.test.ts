import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, settings, users } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { DEFAULT_CALENDAR } from "@/lib/policy";
import { updateAutoSend } from "./update-auto-send";
import { updateCalendar } from "./update-calendar";

describe("settings", () => {
  let managerId = "";
  beforeEach(async () => {
    await resetDatabase();
    const [m] = await testDb()
      .insert(users)
      .values({ email: "m@example.com", name: "Manager", role: "manager" })
      .returning();
    managerId = m!.id;
  });
  afterAll(() => closeTestDb());

  const rowOf = async (key: string) =>
    (await testDb().select().from(settings).where(eq(settings.key, key)))[0];
  const audit = () => testDb().select().from(auditLog);

  it("saves the calendar (sorted, deduplicated) with who saved it, and audits before/after", async () => {
    const db = testDb();
    const calendar = {
      timeZone: "Europe/Berlin",
      weekendDays: [0, 6, 5],
      holidays: ["2026-12-25", "2026-01-01", "2026-12-25"],
    };
    await expect(updateCalendar(db, { actorId: managerId, calendar })).resolves.toMatchObject({
      changed: true,
    });
    const row = await rowOf("calendar");
    expect(row?.value).toEqual({
      timeZone: "Europe/Berlin",
      weekendDays: [0, 5, 6],
      holidays: ["2026-01-01", "2026-12-25"],
    });
    expect(row?.updatedBy).toBe(managerId);
    const [entry] = await audit();
    expect(entry).toMatchObject({
      action: "settings.calendar_updated",
      entityType: "setting",
      entityId: "calendar",
      actorId: managerId,
    });
    expect(entry!.data).toEqual({
      before: DEFAULT_CALENDAR,
      after: row?.value,
      deadlinesRecomputed: { reviewBy: 0, payoutDueBy: 0 },
    });

    const next = { timeZone: "UTC", weekendDays: [0], holidays: [] };
    await updateCalendar(db, { actorId: managerId, calendar: next });
    const entries = await audit();
    expect(entries).toHaveLength(2);
    expect(entries[1]!.data).toMatchObject({ before: row?.value, after: next });
  });

  it("does not audit saving the calendar already in effect", async () => {
    await expect(
      updateCalendar(testDb(), { actorId: managerId, calendar: DEFAULT_CALENDAR }),
    ).resolves.toMatchObject({ changed: false });
    expect(await rowOf("calendar")).toBeUndefined();
    expect(await audit()).toHaveLength(0);
  });

  it.each([
    [
      "an unknown zone",
      { timeZone: "Mars/Olympus", weekendDays: [6, 0], holidays: [] },
      "timeZone",
    ],
    [
      "a zone alias that is not canonical",
      { timeZone: "EST", weekendDays: [6, 0], holidays: [] },
      "timeZone",
    ],
    [
      "an impossible date",
      { timeZone: "UTC", weekendDays: [6, 0], holidays: ["2026-02-30"] },
      "holidays",
    ],
    [
      "a badly written date",
      { timeZone: "UTC", weekendDays: [6, 0], holidays: ["25.12.2026"] },
      "holidays",
    ],
    [
      "no working day",
      { timeZone: "UTC", weekendDays: [0, 1, 2, 3, 4, 5, 6], holidays: [] },
      "weekendDays",
    ],
    [
      "a day number out of range",
      { timeZone: "UTC", weekendDays: [7], holidays: [] },
      "weekendDays",
    ],
  ])("refuses %s and changes nothing", async (_name, calendar, field) => {
    const db = testDb();
    const saved = { timeZone: "Asia/Tokyo", weekendDays: [0], holidays: ["2026-05-05"] };
    await updateCalendar(db, { actorId: managerId, calendar: saved });
    const error = await updateCalendar(db, { actorId: managerId, calendar }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect(Object.keys((error as { fieldErrors: Record<string, string[]> }).fieldErrors)).toContain(
      field,
    );
    expect((await rowOf("calendar"))?.value).toEqual(saved);
    expect(await audit()).toHaveLength(1);
  });

  it("turns the automatic missing-information reply on and off, audited", async () => {
    const db = testDb();
    await expect(updateAutoSend(db, { actorId: managerId, enabled: true })).resolves.toEqual({
      changed: true,
      enabled: true,
    });
    expect(await rowOf("auto_send_replies")).toMatchObject({ value: true, updatedBy: managerId });
    await updateAutoSend(db, { actorId: managerId, enabled: false });
    expect((await rowOf("auto_send_replies"))?.value).toBe(false);
    const entries = await audit();
    expect(entries.map((e) => [e.action, e.entityId, e.data])).toEqual([
      ["settings.auto_send_updated", "auto_send_replies", { before: false, after: true }],
      ["settings.auto_send_updated", "auto_send_replies", { before: true, after: false }],
    ]);
  });

  it("refuses a non-boolean auto-send value and changes nothing", async () => {
    const db = testDb();
    await updateAutoSend(db, { actorId: managerId, enabled: true });
    await expect(
      updateAutoSend(db, { actorId: managerId, enabled: "no" as unknown as boolean }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await rowOf("auto_send_replies"))?.value).toBe(true);
    expect(await audit()).toHaveLength(1);
  });

  it("does not audit setting auto-send to the value it already has", async () => {
    await expect(updateAutoSend(testDb(), { actorId: managerId, enabled: false })).resolves.toEqual(
      { changed: false, enabled: false },
    );
    expect(await audit()).toHaveLength(0);
  });
});
