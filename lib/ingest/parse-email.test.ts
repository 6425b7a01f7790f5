import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEmail } from "./parse-email";

const mail = (headers: string, body: string) => Buffer.from(`${headers.trim()}\r\n\r\n${body}`);
const basic =
  "From: Anna <Anna@Example.com>\r\nTo: refunds@desk.test\r\nSubject: hi\r\nMessage-ID: <a1@x>";

describe("parseEmail", () => {
  it("normalises ids and addresses", async () => {
    const p = await parseEmail(
      mail(
        `${basic}\r\nIn-Reply-To: <r1@desk> <r0@desk>\r\nReferences: <r0@desk>\r\n <r1@desk>`,
        "text",
      ),
    );
    expect(p.messageId).toBe("a1@x");
    expect(p.inReplyTo).toBe("r1@desk");
    expect(p.references).toEqual(["r0@desk", "r1@desk"]);
    expect(p.from).toEqual({ address: "anna@example.com", name: "Anna" });
    expect(p.to.map((t) => t.address)).toEqual(["refunds@desk.test"]);
    expect(p.date).toBeNull();
    expect(p.quarantine).toBeNull();
  });

  it("quarantines empty and whitespace-only input", async () => {
    expect((await parseEmail(Buffer.alloc(0))).quarantine?.reason).toBe("empty");
    expect((await parseEmail(Buffer.from("\r\n \r\n"))).quarantine?.reason).toBe("empty");
  });

  it("quarantines over-size mail but still reads its headers", async () => {
    const raw = mail(basic, "x".repeat(5000));
    const p = await parseEmail(raw, { maxBytes: 1000 });
    expect(p.quarantine?.reason).toBe("too_large");
    expect(p.from?.address).toBe("anna@example.com");
    expect(p.messageId).toBe("a1@x");
    expect(p.sizeBytes).toBe(raw.length);
    expect(p.text).toBe("");
  });

  it("derives text from an HTML-only alternative without scripts", async () => {
    const html = "<div>Refund $5</div><script>alert(1)</script><blockquote>old $9</blockquote>";
    const p = await parseEmail(
      mail(
        `${basic}\r\nContent-Type: multipart/alternative; boundary=B`,
        `--B\r\nContent-Type: text/html\r\n\r\n${html}\r\n--B--\r\n`,
      ),
    );
    expect(p.text).toContain("Refund $5");
    expect(p.text).toContain("> old $9");
    expect(p.text).not.toContain("alert");
    expect(p.html).toContain("<script>");
  });

  it("never throws, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const p = await parseEmail(Buffer.from(bytes));
        expect(p.sizeBytes).toBe(bytes.length);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 500 }),
        fc.string({ maxLength: 500 }),
        async (h, b) => {
          const p = await parseEmail(
            mail(
              `From: a@b.c\r\nContent-Type: multipart/mixed; boundary="${h.slice(0, 20)}"\r\n${h}`,
              b,
            ),
          );
          expect(p).toHaveProperty("quarantine");
        },
      ),
      { numRuns: 150 },
    );
  });
});
