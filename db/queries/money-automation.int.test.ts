import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { makeRequestFixture } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { missedAutomaticRefunds } from "./money-automation";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

describe("missedAutomaticRefunds (the Payouts page's 'missed minute 20')", () => {
  it("runs with a point in time bound as a parameter (a raw Date inside sql`` crashed the page)", async () => {
    await makeRequestFixture(testDb());
    expect(await missedAutomaticRefunds(testDb(), new Date())).toEqual([]);
  });
});
