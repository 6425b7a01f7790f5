import { describe, expect, it } from "vitest";
import { evaluate, parsePolicyCase } from "@/lib/policy";
import { buildCase, outage } from "@/lib/policy/fixtures/build-case";
import { fromUtcInput, parseMajor, toUtcInput } from "./case-form-inputs";
import { formToCase } from "./form-to-case";
import { caseToForm, defaultForm } from "./case-form-defaults";

describe("simulator form model", () => {
  it("reads amounts in major units of the currency", () => {
    expect(parseMajor("30", "EUR")).toBe(3000);
    expect(parseMajor("12.5", "EUR")).toBe(1250);
    expect(parseMajor("500", "JPY")).toBe(500);
    expect(parseMajor("", "EUR")).toBeNull();
    expect(parseMajor("1.234", "EUR")).toBeUndefined();
    expect(parseMajor("abc", "EUR")).toBeUndefined();
  });

  it("round-trips a case through the form without changing its result", () => {
    const policyCase = buildCase({
      calendar: { timeZone: "Europe/Berlin", weekendDays: [0], holidays: ["2026-03-12"] },
      request: { amountRequestedMinor: 1500, completedAt: "2026-03-10T10:00:00Z" },
      order: {
        outages: [
          outage("2026-03-02T00:00:00Z", "2026-03-03T06:00:00Z", "local_provider"),
          outage("2026-03-05T00:00:00Z", null),
        ],
      },
    });
    const { policyCase: back, errors } = formToCase(
      caseToForm(policyCase, defaultForm("2026-03-10T12:00:00Z")),
    );
    expect(errors).toEqual({});
    expect(parsePolicyCase(back).ok).toBe(true);
    expect(evaluate(back)).toEqual(evaluate(policyCase));
  });

  it("reads instants typed in UTC and shows them back the same way", () => {
    expect(fromUtcInput("2026-03-10 14:30")).toBe("2026-03-10T14:30:00Z");
    expect(fromUtcInput("2026-03-10T14:30:05.250Z")).toBe("2026-03-10T14:30:05.250Z");
    expect(fromUtcInput("")).toBeNull();
    expect(fromUtcInput("10/03/2026 14:30")).toBeUndefined();
    expect(fromUtcInput("2026-02-30 10:00")).toBeUndefined();
    expect(toUtcInput("2026-03-10T16:30:00+02:00")).toBe("2026-03-10 14:30");
    expect(toUtcInput("2026-03-10T14:30:05.250Z")).toBe("2026-03-10 14:30:05.250");
  });

  it("reports an unreadable amount or instant at its contract path", () => {
    const form = defaultForm("2026-03-10T12:00:00Z");
    const { errors } = formToCase({
      ...form,
      request: { ...form.request, amount: "ten", receivedAt: "yesterday" },
    });
    expect(Object.keys(errors).sort()).toEqual([
      "request.amountRequestedMinor",
      "request.receivedAt",
    ]);
  });

  it("starts from a complete rented-number case the engine accepts", () => {
    const { policyCase } = formToCase(defaultForm("2026-03-10T12:34:56.789Z"));
    expect(policyCase.now).toBe("2026-03-10T12:34:00Z");
    expect(parsePolicyCase(policyCase).ok).toBe(true);
  });
});
