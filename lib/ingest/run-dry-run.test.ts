import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseIngestArgs, runDryRun } from "./run-dry-run";
import { sharedModels } from "./learn/models";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);

// The models train at a process's first extraction (seconds on a busy machine), not in a test's time.
beforeAll(() => void sharedModels(), 120_000);

describe("runDryRun", () => {
  it("returns one object per file, in argument order, masked only", async () => {
    const files = [
      fixture("02-en-operator-blocked-iban.eml"),
      "/no/such/file.eml",
      fixture("58-bounce-report.eml"),
    ];
    const results = await runDryRun(files);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results[0]).toMatchObject({
      messageId: "20260113080144.5521@example.de",
      from: "jonas.weber@example.de",
      serviceName: "virtual number",
      amountMinor: 999,
      currency: "EUR",
      claim: "operator_blocked",
      directRequested: true,
      paymentDetails: { kind: "iban", masked: "DE89 •••• •••• 3000" },
      orderRefs: ["ORD-553201"],
      language: "en",
      missing: [],
      quarantine: null,
    });
    expect(JSON.stringify(results)).not.toContain("DE89370400440532013000");
    expect(results[1]).toMatchObject({
      quarantine: "unreadable",
      error: expect.stringContaining("ENOENT"),
    });
    expect(results[2]?.quarantine).toBe("bounce");
  });
});

describe("parseIngestArgs", () => {
  it("splits the flag from the files and refuses no files", () => {
    expect(parseIngestArgs(["--dry-run", "a.eml", "b.eml"])).toEqual({
      dryRun: true,
      files: ["a.eml", "b.eml"],
    });
    expect(parseIngestArgs(["a.eml"])).toEqual({ dryRun: false, files: ["a.eml"] });
    expect(parseIngestArgs(["--", "--dry-run"])).toEqual({ dryRun: false, files: ["--dry-run"] });
    expect(parseIngestArgs(["--dry-run"])).toBeNull();
    expect(parseIngestArgs([])).toBeNull();
  });
});
