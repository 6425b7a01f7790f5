import fs from "node:fs";
import path from "node:path";

const DIR = path.join(process.cwd(), "lib", "ingest", "fixtures");

export type CorpusFixture = {
  name: string;
  raw: Buffer;
  expected: { quarantine: string | null; messageId?: string };
};

/** The lib/ingest fixture corpus: every .eml with its expected.json. */
export function readCorpus(): CorpusFixture[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.eml$/, ""),
      raw: fs.readFileSync(path.join(DIR, f)),
      expected: JSON.parse(
        fs.readFileSync(path.join(DIR, f.replace(/\.eml$/, ".expected.json")), "utf8"),
      ),
    }));
}
