/**
 * The file-size budget of the house style, counted on the formatted source:
 * `scripts/test.ts format` fails on any file Prettier would change, so the
 * lines on disk are the lines after formatting and cannot be met by packing.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const projectRoot = path.join(__dirname, "..");
const roots = ["app", "lib", "db", "scripts", "e2e", "test-support"];

/** Data, not code: long because of what they list, not because of what they do. */
const DATA_FILES: Record<string, string> = {
  "db/seed/scenarios-denials.ts": "seed scenarios, one entry per demo request",
  "db/seed/scenarios-entitlements.ts": "seed scenarios, one entry per demo request",
  "db/seed/scenarios-gate-bars.ts": "seed scenarios, one entry per demo request",
  "db/seed/scenarios-general.ts": "seed scenarios, one entry per demo request",
  "lib/policy/clauses.ts": "the clause catalogue: one entry per clause of the refund policy",
  "lib/policy/fixtures/arbitrary-case.ts": "the generators of arbitrary cases for property tests",
  "lib/policy/fixtures/cases-dates.ts": "policy test cases, one entry per case",
  "lib/policy/fixtures/cases-denials.ts": "policy test cases, one entry per case",
  "lib/policy/fixtures/cases-entitlements.ts": "policy test cases, one entry per case",
  "lib/policy/fixtures/cases-gate-bars.ts": "policy test cases, one entry per case",
  "lib/policy/fixtures/cases-outages.ts": "policy test cases, one entry per case",
  "lib/ingest/learn/word-families.ts": "word lists of the claim classifier",
  "lib/ingest/fixtures/generate-encoded-fixtures.ts": "the texts of the encoded email fixtures",
};

/** Lines allowed for a source file, or null when it is not held to a budget. */
function budgetOf(file: string): number | null {
  if (/\.(test|spec)\.tsx?$/.test(file) || file.startsWith("db/migrations/")) return null;
  if (file.endsWith(".d.ts")) return null;
  if (file.endsWith(".tsx")) return 220;
  if (!file.endsWith(".ts")) return null;
  if (file.startsWith("app/actions/")) return 90;
  return 160;
}

function lineCount(text: string): number {
  const lines = text.split("\n").length;
  return text.endsWith("\n") ? lines - 1 : lines;
}

function sourceFiles(): string[] {
  const nested = roots.flatMap((root) =>
    fs
      .readdirSync(path.join(projectRoot, root), { recursive: true, encoding: "utf8" })
      .map((f) => path.posix.join(root, f.split(path.sep).join("/"))),
  );
  const topLevel = fs.readdirSync(projectRoot).filter((f) => f.endsWith(".ts"));
  return [...nested, ...topLevel].filter((f) => budgetOf(f) !== null);
}

describe("file-size budget", () => {
  const files = sourceFiles();

  it("finds the source files, wherever they are", () => {
    expect(files).toContain("app/actions/requests/assign-request-action.ts");
    expect(files).toContain("lib/server/action.ts");
    expect(files).toContain("app/(app)/queue/page.tsx");
    expect(files.length).toBeGreaterThan(300);
  });

  it("holds every source file to its budget", () => {
    const over = files
      .filter((f) => !(f in DATA_FILES))
      .map((f) => ({
        f,
        lines: lineCount(fs.readFileSync(path.join(projectRoot, f), "utf8")),
        budget: budgetOf(f) ?? Infinity,
      }))
      .filter(({ lines, budget }) => lines > budget)
      .map(({ f, lines, budget }) => `${f}: ${lines} lines, budget ${budget}`);
    expect(over).toEqual([]);
  });

  it("lists as data only files that exist", () => {
    const listed = Object.keys(DATA_FILES);
    expect(listed.filter((f) => !fs.existsSync(path.join(projectRoot, f)))).toEqual([]);
  });

  it.each([
    ["app/actions/requests/x-action.ts", 90],
    ["lib/requests/x.ts", 160],
    ["db/queries/x.ts", 160],
    ["scripts/x.ts", 160],
    ["app/(app)/x/y.tsx", 220],
    ["lib/requests/x.test.ts", null],
    ["e2e/area/x.spec.ts", null],
    ["db/migrations/0001_x.sql", null],
  ])("budgets %s at %s", (file, budget) => {
    expect(budgetOf(file)).toBe(budget);
  });

  it("counts lines as wc -l does", () => {
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
  });
});
