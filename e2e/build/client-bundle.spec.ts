import { expect, test } from "@playwright/test";
import { chunksWithDrizzle } from "../../scripts/lib/client-chunks";

test.describe("[build] browser bundle", () => {
  test("no client chunk of the production build carries drizzle-orm code", () => {
    // scripts/e2e.ts runs the suite against the build in .next, so this reads that build.
    expect(chunksWithDrizzle()).toEqual([]);
  });
});
