import { describe, expect, it } from "vitest";
import type { CaseFacts } from "@/db/queries/replay/case-facts";
import type { Customer, Order } from "@/db/schema";
import { evaluate, type Calendar, type PolicyCase } from "@/lib/policy";
import { buildCase, outage } from "@/lib/policy/fixtures/build-case";
import {
  changesOf,
  compareDecidedRequest,
  compareOpenRequest,
  compareWithEngine,
} from "./preview-changes";

const openRequestChanges = (...a: Parameters<typeof compareOpenRequest>) =>
  changesOf(compareOpenRequest(...a));
const decidedRequestChanges = (...a: Parameters<typeof compareDecidedRequest>) =>
  changesOf(compareDecidedRequest(...a));
const engineChanges = (...a: Parameters<typeof compareWithEngine>) =>
  changesOf(compareWithEngine(...a));

const SAVED: Calendar = { timeZone: "UTC", weekendDays: [6, 0], holidays: [] };
const WEDNESDAY_OFF: Calendar = { ...SAVED, holidays: ["2026-03-11"] };
const NOW = new Date("2026-03-10T12:00:00Z");

/** A complete request received Tuesday 2026-03-10 09:00Z about a rented number 30.00 EUR, down 72 h. */
function facts(over: Partial<CaseFacts["request"]> = {}): CaseFacts {
  return {
    request: {
      id: "00000000-0000-4000-8000-000000000001",
      ref: "RR-2026-000001",
      status: "to_review",
      receivedAt: new Date("2026-03-10T09:00:00Z"),
      completedAt: null,
      claim: "number_not_working",
      directRequested: false,
      amountRequestedMinor: null,
      currency: "EUR",
      missing: [],
      recOutcome: null,
      recAmountMinor: null,
      recDestination: null,
      recClauses: [],
      reviewBy: null,
      ...over,
    },
    customer: {
      id: "c",
      currency: "EUR",
      fraud: false,
      complaint: false,
      kyc: "not_required",
      balanceMinor: 0,
    } as Customer,
    order: {
      id: "o",
      kind: "rented_number",
      label: null,
      paidMinor: 3000,
      currency: "EUR",
      periodStart: new Date("2026-03-01T00:00:00Z"),
      periodEnd: new Date("2026-03-31T00:00:00Z"),
      status: "active",
      statusAt: null,
      notProvidedCause: null,
      restrictionsIgnored: false,
      kycRequired: false,
      replacementAvailable: true,
      activatedAt: null,
      autoRefundedAt: null,
      paymentMethodId: null,
    } as Order,
    orderFacts: {
      outages: [
        {
          id: "x",
          orderId: "o",
          reportedAt: new Date("2026-03-05T00:00:00Z"),
          resolvedAt: new Date("2026-03-08T00:00:00Z"),
          cause: "local_provider",
          note: null,
          createdAt: new Date("2026-03-05T00:00:00Z"),
        },
      ],
      sms: [],
      paymentMethod: null,
    },
  };
}

describe("replay preview, calendar mode: an open request evaluated with the saved and the edited calendar", () => {
  it("the same calendar changes nothing", () => {
    expect(openRequestChanges(facts(), { before: SAVED, after: SAVED }, NOW)).toEqual([]);
  });

  it("a holiday inside the review window moves review-by (and the balance credit's deadline), not the recommendation", () => {
    const changes = openRequestChanges(facts(), { before: SAVED, after: WEDNESDAY_OFF }, NOW);
    expect(changes).toContainEqual({
      field: "review_by",
      before: "2026-03-12T09:00:00.000Z",
      after: "2026-03-13T09:00:00.000Z",
      currency: null,
    });
    expect(changes.map((c) => c.field).sort()).toEqual(["payout_by", "review_by"]);
  });

  it("an incomplete request has no review deadline either way (the clock has not started)", () => {
    const changes = openRequestChanges(
      facts({ missing: ["paymentDetails"] }),
      { before: SAVED, after: WEDNESDAY_OFF },
      NOW,
    );
    expect(changes.find((c) => c.field === "review_by")).toBeUndefined();
  });

  it("a holiday before the request arrived moves nothing", () => {
    const earlier = { ...SAVED, holidays: ["2026-03-02"] };
    expect(openRequestChanges(facts(), { before: SAVED, after: earlier }, NOW)).toEqual([]);
  });
});

describe("replay preview, calendar mode: a decided request's payouts still owed", () => {
  const decidedAt = new Date("2026-03-10T12:00:00Z");
  it("moves the earliest open payout's deadline: 5 working days to the balance", () => {
    expect(
      decidedRequestChanges([{ requestId: "r", destination: "balance", createdAt: decidedAt }], {
        before: SAVED,
        after: WEDNESDAY_OFF,
      }),
    ).toEqual([
      {
        field: "payout_by",
        before: "2026-03-17T12:00:00.000Z",
        after: "2026-03-18T12:00:00.000Z",
        currency: null,
      },
    ]);
  });
  it("a direct payout (one calendar month) and a request with none owed do not move", () => {
    const calendars = { before: SAVED, after: WEDNESDAY_OFF };
    expect(
      decidedRequestChanges(
        [{ requestId: "r", destination: "direct", createdAt: decidedAt }],
        calendars,
      ),
    ).toEqual([]);
    expect(decidedRequestChanges([], calendars)).toEqual([]);
  });
});

describe("replay preview, engine mode: the stored evaluation against today's engine on its own input", () => {
  const input: PolicyCase = buildCase({
    order: { outages: [outage("2026-03-05T00:00:00Z", "2026-03-08T00:00:00Z", "local_provider")] },
  });
  it("an evaluation today's engine agrees with changes nothing", () => {
    expect(
      engineChanges({ requestId: "r", engineVersion: "x", input, result: evaluate(input) }),
    ).toEqual([]);
  });
  it("what an older engine recommended differently is listed field by field", () => {
    const today = evaluate(input);
    const old = { ...today, outcome: "deny" as const, amountMinor: null, destination: null };
    const fields = engineChanges({
      requestId: "r",
      engineVersion: "2026.01.1",
      input,
      result: old,
    });
    expect(fields.map((c) => c.field)).toEqual(["outcome", "amount", "destination"]);
    expect(fields[0]).toMatchObject({ before: "deny", after: today.outcome });
  });
  it("an input today's engine cannot read is one change naming the issue", () => {
    const broken = { ...input, request: { ...input.request, claim: "no_such_claim" } };
    const [change] = engineChanges({
      requestId: "r",
      engineVersion: "2025.01.1",
      input: broken as unknown as PolicyCase,
      result: evaluate(input),
    });
    expect(change).toMatchObject({ field: "evaluation", before: "engine 2025.01.1" });
    expect(change!.after).toMatch(/cannot read the stored input: request\.claim/);
  });
});
