import { describe, expect, it } from "vitest";
import { isValidTimeZone } from "./zoned-time";

describe("isValidTimeZone", () => {
  it("accepts IANA zones, asked once or many times", () => {
    expect(isValidTimeZone("Europe/Moscow")).toBe(true);
    expect(isValidTimeZone("Europe/Moscow")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });

  it("refuses what is not a zone, every time it is asked", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
