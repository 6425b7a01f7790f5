import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractRequest } from "./extract-request";
import { parseEmail } from "./parse-email";
import type { Extraction, Field, Found } from "./extraction-types";
import { sharedModels } from "./learn/models";

/**
 * Walks lib/ingest/fixtures: every NAME.eml has a NAME.expected.json, and
 * only the fields written there are asserted, so each file stays readable.
 */
const dir = path.join(__dirname, "fixtures");
const emls = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .sort();
const OWN = ["refunds@refund-desk.test"];

type Expected = Record<string, unknown> & { extraction?: Record<string, unknown> };

function spansOf(e: Extraction): Array<Field<unknown> | Found<unknown>> {
  return [
    e.serviceName,
    e.targetService,
    e.amount,
    e.reason,
    e.claim,
    e.directRequested,
    e.paymentDetails,
    e.requestRef,
    e.accountRef,
    ...e.phoneNumbers,
    ...e.orderRefs,
  ];
}

function checkExtraction(e: Extraction, x: Record<string, unknown>): void {
  const actual: Record<string, unknown> = {
    language: e.language.value,
    serviceName: e.serviceName.value,
    targetService: e.targetService.value,
    amountMinor: e.amount.value?.amountMinor ?? null,
    currency: e.amount.value?.currency ?? null,
    claim: e.claim.value,
    directRequested: e.directRequested.value,
    paymentDetails: e.paymentDetails.value
      ? { kind: e.paymentDetails.value.kind, masked: e.paymentDetails.value.masked }
      : null,
    paymentValue: e.paymentDetails.value?.value ?? null,
    phoneNumbers: e.phoneNumbers.map((p) => p.value),
    orderRefs: e.orderRefs.map((o) => o.value),
    requestRef: e.requestRef.value,
    accountRef: e.accountRef.value,
    missing: e.missing,
  };
  for (const [key, want] of Object.entries(x)) {
    if (key === "reasonIncludes") expect(e.reason.value ?? "").toContain(want);
    else if (key === "bodyIncludes")
      for (const s of want as string[]) expect(e.bodyText).toContain(s);
    else if (key === "bodyExcludes")
      for (const s of want as string[]) expect(e.bodyText).not.toContain(s);
    else {
      expect(key in actual, `unknown expected key ${key}`).toBe(true);
      expect(actual[key], key).toEqual(want);
    }
  }
}

// The models train at a process's first extraction (seconds on a busy machine), not in a test's time.
beforeAll(() => void sharedModels(), 120_000);

describe("fixture corpus", () => {
  it("has at least 40 fixtures, each with an expected file", () => {
    expect(emls.length).toBeGreaterThanOrEqual(40);
    for (const f of emls) expect(readdirSync(dir)).toContain(f.replace(/\.eml$/, ".expected.json"));
  });

  it.each(emls)("%s", async (file) => {
    const raw = readFileSync(path.join(dir, file));
    const expected = JSON.parse(
      readFileSync(path.join(dir, file.replace(/\.eml$/, ".expected.json")), "utf8"),
    ) as Expected;
    const parsed = await parseEmail(raw, { ownAddresses: OWN });
    expect(parsed.quarantine?.reason ?? null).toBe(expected.quarantine);
    expect(parsed.sizeBytes).toBe(raw.length);
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/);

    const direct: Record<string, unknown> = {
      from: parsed.from?.address ?? null,
      subject: parsed.subject,
      messageId: parsed.messageId,
      date: parsed.date,
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      forwardedCount: parsed.forwarded.length,
      htmlPresent: parsed.html !== null,
    };
    for (const [key, want] of Object.entries(expected)) {
      if (key === "quarantine" || key === "extraction") continue;
      if (key === "textIncludes")
        for (const s of want as string[]) expect(parsed.text).toContain(s);
      else if (key === "textExcludes")
        for (const s of want as string[]) expect(parsed.text).not.toContain(s);
      else if (key === "warningIncludes") expect(parsed.warnings.join("; ")).toContain(want);
      else if (key === "attachments") {
        const got = parsed.attachments.map((a, i) => {
          const keys = Object.keys((want as Array<Record<string, unknown>>)[i] ?? {});
          return Object.fromEntries(keys.map((k) => [k, a[k as keyof typeof a]]));
        });
        expect(got).toEqual(want);
      } else {
        expect(key in direct, `unknown expected key ${key}`).toBe(true);
        expect(direct[key], key).toEqual(want);
      }
    }

    const extraction = extractRequest(parsed);
    for (const f of spansOf(extraction)) {
      if (f.span) expect(extraction.bodyText.slice(f.span.start, f.span.end)).toBe(f.span.text);
    }
    if (extraction.paymentDetails.value) {
      const { masked, value } = extraction.paymentDetails.value;
      if (value.length > 6) expect(masked).not.toContain(value);
    }
    if (expected.extraction) checkExtraction(extraction, expected.extraction);
  });
});
