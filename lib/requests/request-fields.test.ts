import { beforeAll, describe, expect, it } from "vitest";
import { extractRequest } from "@/lib/ingest/extract-request";
import { fieldsFromExtraction, missingItems } from "./request-fields";
import { sharedModels } from "@/lib/ingest/learn/models";

const extract = (text: string) =>
  fieldsFromExtraction(extractRequest({ text, forwarded: [], subject: "Refund" }));

// The models train at a process's first extraction (seconds on a busy machine), not in a test's time.
beforeAll(() => void sharedModels(), 120_000);

describe("request fields from an extraction", () => {
  it("keeps an ISO currency", () => {
    expect(
      extract("My rented number stopped working. Please refund $12.50 to my card ending 4242."),
    ).toMatchObject({ amountRequestedMinor: 1250, currency: "USD" });
  });

  it("reads a dollar stablecoin amount as the dollars it stands for (the ledger books USD)", () => {
    const f = extract(
      "My rented number stopped working. Please refund 20 USDT to my wallet TQ5J9z8rFjJ9aJ6uGJb8u7gQ6b3d1yYt2c.",
    );
    expect(f.amountRequestedMinor).toBe(2000);
    expect(f.currency).toBe("USD");
  });

  it("lists the REQ-INCOMPLETE items still missing", () => {
    expect(
      missingItems({
        serviceName: null,
        amountRequestedMinor: 100,
        reasonText: "broken",
        paymentDetailKind: null,
      }),
    ).toEqual(["serviceName", "paymentDetails"]);
  });
});
