import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("keeps only the last path segment: no ../ in either form", () => {
    for (const name of ["../../etc/passwd", "..\\..\\boot.ini", "a/../../b.txt", "....//x"]) {
      const header = attachmentDisposition(name);
      expect(decodeURIComponent(header), name).not.toMatch(/\.\.[/\\]|[/\\]/);
    }
    expect(attachmentDisposition("../../etc/passwd")).toBe(
      "attachment; filename=\"passwd\"; filename*=UTF-8''passwd",
    );
  });

  it("shows bidi controls instead of obeying them, and keeps UTF-8 names in filename*", () => {
    const header = attachmentDisposition("invoice\u202efdp.exe");
    expect(header).toContain("filename*=UTF-8''invoice%5BU%2B202E%5Dfdp.exe");
    expect(attachmentDisposition("чек.pdf")).toContain(
      `filename*=UTF-8''${encodeURIComponent("чек.pdf")}`,
    );
  });

  it("falls back to a plain name when nothing usable is left", () => {
    expect(attachmentDisposition("..")).toContain('filename="attachment"');
  });
});
