import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { replayPreviews } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { SessionUser } from "@/lib/auth/current-user";
import { resetEnvCache } from "@/lib/env";
import { runReplayPreview } from "@/lib/replay/run-replay-preview";

let sessionUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { previewReplayAction } = await import("./preview-replay-action");
const { discardReplayPreviewAction } = await import("./discard-replay-preview-action");
const exportRoute = await import("@/app/(app)/settings/replay/[id]/export/route");

type U = Awaited<ReturnType<typeof makeUser>>;
const as = (u: U) => {
  sessionUser = { id: u.id, email: u.email, name: u.name, role: u.role };
};

/** The calendar form as a manager submits it: March 2026, Wednesday 11th made a holiday. */
function form(mode = "calendar") {
  const fd = new FormData();
  for (const [k, v] of Object.entries({
    timeZone: "UTC",
    holidays: "2026-03-11\n",
    mode,
    from: "2026-03-01",
    to: "2026-03-31",
    status: "open",
    claim: "",
    productKind: "",
  }))
    fd.append(k, v);
  fd.append("weekendDays", "6");
  fd.append("weekendDays", "0");
  return fd;
}

const exportCsv = (id: string) =>
  exportRoute.GET(new Request(`http://localhost/settings/replay/${id}/export`), {
    params: Promise.resolve({ id }),
  });

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

describe("replay preview: managers only (settings.write)", () => {
  it("a reviewer and an admin are refused the preview, its export and its discard; nothing is queued", async () => {
    const manager = await makeUser(testDb(), "manager");
    as(manager);
    const made = await previewReplayAction(form());
    expect(made.ok).toBe(true);
    const previewId = made.ok ? made.data.previewId : "";
    for (const role of ["reviewer", "admin"] as const) {
      as(await makeUser(testDb(), role));
      expect(await previewReplayAction(form())).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect((await exportCsv(previewId)).status).toBe(403);
      expect(await discardReplayPreviewAction({ previewId })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await testDb().select().from(replayPreviews)).toHaveLength(1);
  });

  it("a manager's form starts a calendar or an engine preview; its export is a CSV, an unknown one 404", async () => {
    await makeRequestFixture(testDb(), { now: new Date("2026-03-10T09:00:00Z") });
    const manager = await makeUser(testDb(), "manager");
    as(manager);
    const calendar = await previewReplayAction(form());
    const engine = await previewReplayAction(form("engine"));
    if (!calendar.ok || !engine.ok) throw new Error("previews refused");
    const rows = await testDb().select().from(replayPreviews);
    expect(rows.map((r) => [r.mode, r.status, r.calendarAfter?.holidays ?? null]).sort()).toEqual([
      ["calendar", "queued", ["2026-03-11"]],
      ["engine", "queued", null],
    ]);
    await runReplayPreview(testDb(), { previewId: calendar.data.previewId });
    const res = await exportCsv(calendar.data.previewId);
    expect(res.status).toBe(200);
    expect((await res.text()).split("\r\n")[0]).toBe("request,field,before,after,currency");
    expect((await exportCsv("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("a wrong holiday line or a reversed period is a field error", async () => {
    as(await makeUser(testDb(), "manager"));
    const bad = form();
    bad.set("holidays", "2026-02-30");
    expect(await previewReplayAction(bad)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { holidays: [expect.stringMatching(/Line 1: “2026-02-30” is not a date/)] },
    });
    const reversed = form();
    reversed.set("to", "2026-02-01");
    expect(await previewReplayAction(reversed)).toMatchObject({
      ok: false,
      fieldErrors: { to: ["End on or after the start"] },
    });
  });
});
