import { describe, expect, it } from "vitest";
import { neutraliseBidi } from "./neutralise-bidi";

describe("neutraliseBidi", () => {
  it("shows every override, embedding and isolate control as a visible code", () => {
    expect(neutraliseBidi("invoice\u202efdp.exe")).toBe("invoice[U+202E]fdp.exe");
    const all = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
    expect(neutraliseBidi(all)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it("leaves ordinary text, Cyrillic and Arabic alone", () => {
    for (const t of ["Refund for ORD-1", "Возврат средств", "طلب استرداد"])
      expect(neutraliseBidi(t)).toBe(t);
  });
});
