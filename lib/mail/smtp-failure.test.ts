import { describe, expect, it } from "vitest";
import { classifySmtpFailure } from "./smtp-failure";

describe("classifySmtpFailure", () => {
  it("retries what may pass later: unreachable server, busy mailbox, unknown errors", () => {
    expect(
      classifySmtpFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" })),
    ).toEqual({ reason: "Could not reach the mail server.", permanent: false });
    expect(classifySmtpFailure({ code: "EMESSAGE", responseCode: 451 })).toEqual({
      reason: "The mail server asked us to try again later.",
      permanent: false,
    });
    expect(classifySmtpFailure("weird")).toEqual({
      reason: "Sending failed for a technical reason.",
      permanent: false,
    });
  });

  it("stops at a refusal for good", () => {
    expect(classifySmtpFailure({ code: "EMESSAGE", responseCode: 554 }).permanent).toBe(true);
    expect(classifySmtpFailure({ code: "EENVELOPE", responseCode: 550 })).toEqual({
      reason: "The mail server refused the recipient address.",
      permanent: true,
    });
  });

  it("never carries the server's own words", () => {
    const err = Object.assign(new Error("554 5.7.1 secret-internal-detail relay.corp"), {
      code: "EMESSAGE",
      responseCode: 554,
      response: "554 5.7.1 secret-internal-detail relay.corp",
    });
    expect(classifySmtpFailure(err).reason).not.toMatch(/secret|relay|554/);
  });
});
