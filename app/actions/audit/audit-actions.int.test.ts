import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { auditVerifications } from "@/db/schema";
import { makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { SessionUser } from "@/lib/auth/current-user";
import { resetEnvCache } from "@/lib/env";

let sessionUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { requestAuditVerificationAction } = await import("./request-audit-verification-action");
const as = (u: { id: string; email: string; name: string; role: SessionUser["role"] } | null) => {
  sessionUser = u && { id: u.id, email: u.email, name: u.name, role: u.role };
};

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

describe("requestAuditVerificationAction", () => {
  it("refuses reviewers and signed-out callers, and queues nothing", async () => {
    as(await makeUser(testDb(), "reviewer"));
    expect(await requestAuditVerificationAction({})).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    as(null);
    expect(await requestAuditVerificationAction({})).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await testDb().select().from(auditVerifications)).toHaveLength(0);
  });

  it("queues one verification for a manager or an admin; asking again reports the one already queued", async () => {
    const manager = await makeUser(testDb(), "manager");
    as(manager);
    const first = await requestAuditVerificationAction({});
    expect(first).toMatchObject({ ok: true, data: { status: "queued", alreadyQueued: false } });
    as(await makeUser(testDb(), "admin"));
    const again = await requestAuditVerificationAction({});
    expect(again).toMatchObject({ ok: true, data: { alreadyQueued: true } });
    if (first.ok && again.ok) expect(again.data.id).toBe(first.data.id);
    const rows = await testDb().select().from(auditVerifications);
    expect(rows).toMatchObject([{ status: "queued", requestedBy: manager.id }]);
  });
});
