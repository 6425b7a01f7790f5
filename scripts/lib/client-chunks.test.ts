import { describe, expect, it } from "vitest";
import { hasDrizzle } from "./client-chunks";

describe("client chunk scan", () => {
  it("recognises drizzle's minified enum code and passes a chunk without it", () => {
    // As it appears in a minified chunk that imported db/schema/enums.ts.
    const leaked = 'let a=Symbol.for("drizzle:entityKind"),b=Symbol.for("drizzle:isPgEnum");';
    expect(hasDrizzle(leaked)).toBe(true);
    expect(hasDrizzle('const KINDS=["approve","partial","deny","request_info"];')).toBe(false);
  });
});
