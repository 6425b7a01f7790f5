import { describe, expect, it } from "vitest";
import { phoneCandidates } from "./queue-search-terms";

describe("phone numbers as people type them", () => {
  it("reads an international number with any spacing", () => {
    expect(phoneCandidates("+1 212-555-0147")).toEqual(["+12125550147"]);
    expect(phoneCandidates("0044 20 7946 0018")).toEqual(["+442079460018"]);
  });
  it("reads a national number in each country it could belong to", () => {
    expect(phoneCandidates("212 555 0147")).toContain("+12125550147");
    expect(phoneCandidates("07700 900123")).toContain("+447700900123");
  });
  it("is nothing for words or short numbers", () => {
    expect(phoneCandidates("Tanya")).toEqual([]);
    expect(phoneCandidates("10")).toEqual([]);
  });
});
