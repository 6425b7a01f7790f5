import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { refundRequests, users } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { updateUserAccess } from "./update-user-access";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

describe("deactivating someone who holds requests", () => {
  it("asks what to do with them, then releases or reassigns them in the same transaction", async () => {
    const db = testDb();
    const admin = await makeUser(db, "admin");
    const leaving = await makeUser(db, "reviewer");
    const taking = await makeUser(db, "reviewer");
    const a = await makeRequestFixture(db);
    const b = await makeRequestFixture(db);
    await ownerDb().update(refundRequests).set({ assigneeId: leaving.id });
    await expect(
      updateUserAccess(db, { actorId: admin.id, userId: leaving.id, active: false }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { assigned: 2 } });
    const [still] = await db.select().from(users).where(eq(users.id, leaving.id));
    expect(still!.active).toBe(true);

    await updateUserAccess(db, {
      actorId: admin.id,
      userId: leaving.id,
      active: false,
      assigned: { mode: "reassign", toUserId: taking.id },
    });
    const rows = await db.select().from(refundRequests);
    expect(rows.map((r) => r.assigneeId)).toEqual([taking.id, taking.id]);
    expect([a.requestId, b.requestId].sort()).toEqual(rows.map((r) => r.id).sort());

    await ownerDb().update(users).set({ active: true }).where(eq(users.id, leaving.id));
    await ownerDb().update(refundRequests).set({ assigneeId: leaving.id });
    await updateUserAccess(db, {
      actorId: admin.id,
      userId: leaving.id,
      active: false,
      assigned: { mode: "release" },
    });
    expect((await db.select().from(refundRequests)).map((r) => r.assigneeId)).toEqual([null, null]);
  });
});
