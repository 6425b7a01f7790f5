import { describe, expect, it } from "vitest";
import { detectQuarantine } from "./detect-quarantine";
import type { ParsedEmail } from "./parsed-email-types";

function email(over: Partial<ParsedEmail>): ParsedEmail {
  return {
    messageId: "m@x",
    inReplyTo: null,
    references: [],
    from: { address: "anna@example.com", name: "" },
    to: [],
    cc: [],
    subject: "Refund",
    date: null,
    text: "",
    html: null,
    attachments: [],
    forwarded: [],
    headers: {},
    sizeBytes: 1,
    sha256: "",
    warnings: [],
    quarantine: null,
    ...over,
  };
}
const reason = (over: Partial<ParsedEmail>, own?: string[]) =>
  detectQuarantine(email(over), { ownAddresses: own })?.reason ?? null;

describe("detectQuarantine", () => {
  it("lets an ordinary customer mail through", () => {
    expect(reason({})).toBeNull();
    expect(reason({ headers: { "auto-submitted": "no" } })).toBeNull();
    expect(reason({ subject: "Re: my office number is out of service" })).toBeNull();
  });

  it("needs a sender address", () => {
    expect(reason({ from: null })).toBe("no_sender");
    expect(reason({ from: { address: "not-an-address", name: "" } })).toBe("no_sender");
  });

  it("spots auto replies by header, precedence and subject (EN/RU)", () => {
    expect(reason({ headers: { "auto-submitted": "auto-replied" } })).toBe("auto_reply");
    expect(reason({ headers: { "x-autoreply": "yes" } })).toBe("auto_reply");
    expect(reason({ headers: { precedence: "junk" } })).toBe("auto_reply");
    expect(reason({ subject: "Out of Office: Refund" })).toBe("auto_reply");
    expect(reason({ subject: "Automatic reply: RR-2026-000001" })).toBe("auto_reply");
    expect(reason({ subject: "Автоответ: Re: Возврат" })).toBe("auto_reply");
  });

  it("spots bounces", () => {
    expect(reason({ from: { address: "mailer-daemon@mx.example.com", name: "" } })).toBe("bounce");
    expect(reason({ from: { address: "postmaster@example.com", name: "" } })).toBe("bounce");
    expect(
      reason({
        headers: { "content-type": 'multipart/report; report-type="delivery-status"; boundary=x' },
      }),
    ).toBe("bounce");
    expect(reason({ headers: { "return-path": "<>" }, subject: "Undeliverable: refund" })).toBe(
      "bounce",
    );
  });

  it("spots abuse / feedback reports (ARF, RFC 5965) by their content type or report part", () => {
    expect(
      reason({
        headers: {
          "content-type": 'multipart/report; report-type=feedback-report;\n\tboundary="b"',
        },
      }),
    ).toBe("feedback_report");
    expect(
      reason({
        from: { address: "postmaster@example.com", name: "" },
        headers: { "content-type": 'multipart/report; report-type="feedback-report"' },
      }),
    ).toBe("feedback_report");
    expect(
      reason({
        attachments: [
          {
            filename: null,
            contentType: "message/feedback-report",
            size: 10,
            sha256: "",
            content: Buffer.from("Feedback-Type: abuse"),
          },
        ],
      }),
    ).toBe("feedback_report");
  });

  it("spots loops from our own mailbox or our loop header", () => {
    expect(reason({ headers: { "x-refund-desk-loop": "1" } })).toBe("loop");
    expect(
      reason({ from: { address: "refunds@desk.test", name: "" } }, ["Refunds@Desk.test"]),
    ).toBe("loop");
  });
});
