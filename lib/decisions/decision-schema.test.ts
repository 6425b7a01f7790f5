import { describe, expect, it } from "vitest";
import { parseMajorAmount } from "./decision-schema";

describe("parseMajorAmount", () => {
  it("reads amounts as written by people into minor units", () => {
    expect(parseMajorAmount("12.50")).toBe(1250);
    expect(parseMajorAmount("12,5")).toBe(1250);
    expect(parseMajorAmount("1 200")).toBe(120000);
    expect(parseMajorAmount("0.07")).toBe(7);
  });
  it("follows the currency's decimal places", () => {
    expect(parseMajorAmount("1500", 0)).toBe(1500);
    expect(parseMajorAmount("15.5", 0)).toBeNull();
    expect(parseMajorAmount("1.234", 3)).toBe(1234);
  });
  it("refuses anything else", () => {
    for (const bad of ["", "-3", "12.505", "abc", "1e3", "12.5.0"])
      expect(parseMajorAmount(bad)).toBeNull();
  });
});
