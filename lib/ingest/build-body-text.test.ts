import { describe, expect, it } from "vitest";
import { buildBodyText } from "./build-body-text";

const body = (text: string) => buildBodyText({ text, forwarded: [] });

describe("buildBodyText", () => {
  it("drops '>' lines and the quoted reply after 'On … wrote:'", () => {
    const text =
      "Card 4242 4242 4242 4242.\n\nOn Tue, 27 Jan 2026 at 16:00, Desk <r@d>\nwrote:\n> amount $99\nold text";
    expect(body(text)).toBe("Card 4242 4242 4242 4242.");
  });

  it("drops Outlook and Russian quote headers", () => {
    expect(body("New text\n-----Original Message-----\nFrom: x\nSent: y\nold")).toBe("New text");
    expect(body('Новый текст\n\n20.02.2026, 18:00, "Desk" <r@d> пишет:\n> старое')).toBe(
      "Новый текст",
    );
    expect(body("New\n\nFrom: Desk <r@d>\nSent: Monday\nTo: me\n\nold")).toBe("New");
  });

  it("drops signatures but keeps payment details written under a sign-off", () => {
    expect(body("Refund please.\n-- \nJohn | +44 20 7946 0958")).toBe("Refund please.");
    expect(body("Refund please.\nBest regards,\nJohn")).toBe("Refund please.");
    expect(body("Refund please.\nThanks,\nJohn\nPayPal: john@example.com")).toContain(
      "PayPal: john@example.com",
    );
  });

  it("keeps inline forwards and appends attached ones", () => {
    const text =
      "See below.\nThanks,\nLinda\n\n---------- Forwarded message ---------\nFrom: Linda <l@x>\nSubject: refund\n\nMy number is blocked.";
    expect(body(text)).toContain("My number is blocked.");
    const fwd = buildBodyText({
      text: "FYI",
      forwarded: [
        {
          from: { address: "a@b.c", name: "" },
          subject: "old",
          date: null,
          text: "Old request\n> quoted",
        },
      ],
    });
    expect(fwd).toBe(
      "FYI\n\n---------- Forwarded message ----------\nFrom: a@b.c\nSubject: old\n\nOld request",
    );
  });
});
