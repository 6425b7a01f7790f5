import { describe, expect, it } from "vitest";
import { csvCell, csvHeader, csvLine, csvRow } from "./csv";

describe("CSV cells (RFC 4180, formula-injection safe)", () => {
  it("quotes a field with a comma, a quote or a line break, doubling quotes; lines end in CRLF", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', "two\nlines", "cr\rhere"])).toBe(
      'a,"b,c","say ""hi""","two\nlines","cr\rhere"\r\n',
    );
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    for (const bad of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd"])
      expect(csvCell(bad).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes numbers as numbers (a negative figure is not a formula), booleans, dates, lists and nothing", () => {
    expect(csvCell(-1250)).toBe("-1250");
    expect(csvCell(true)).toBe("yes");
    expect(csvCell(new Date("2026-11-30T10:00:00Z"))).toBe("2026-11-30T10:00:00.000Z");
    expect(csvCell(["VN-BAL-OUTAGE-24H", "SLA-BALANCE-5WD"])).toBe(
      "VN-BAL-OUTAGE-24H SLA-BALANCE-5WD",
    );
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("a header row and rows by column", () => {
    const cols = [
      { header: "ref", value: (r: { ref: string; n: number }) => r.ref },
      { header: "amount", value: (r: { ref: string; n: number }) => r.n },
    ];
    expect(csvHeader(cols) + csvRow(cols, { ref: "RR-2026-000001", n: 5 })).toBe(
      "ref,amount\r\nRR-2026-000001,5\r\n",
    );
  });
});
