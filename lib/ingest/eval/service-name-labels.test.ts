import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../parse-email";
import { corpusLabelsSchema } from "./labels";
import { EVAL_CORPUS_DIR } from "./load-corpus";
import { TRAIN_ONLY_BATCHES } from "./split-corpus";

// The batches developed on. The frozen test batch is left to whoever runs the test split.
const BATCHES = ["batch1", ...TRAIN_ONLY_BATCHES];

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Everything of a mail a label may quote: subject, decoded body and attached forwards. */
async function mailText(raw: Buffer): Promise<string> {
  const p = await parseEmail(raw);
  return squash([p.subject, p.text, ...p.forwarded.flatMap((f) => [f.subject, f.text])].join("\n"));
}

describe("serviceName labels (the convention in each batch's README)", () => {
  it.each(BATCHES)("every spelling in %s is a substring of its mail, any case", async (batch) => {
    const dir = path.join(EVAL_CORPUS_DIR, batch);
    const notInMail: string[] = [];
    let checked = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".expected.json"))) {
      const labels = corpusLabelsSchema.parse(
        JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")),
      );
      if (!labels.serviceName) continue;
      const text = await mailText(
        fs.readFileSync(path.join(dir, file.replace(/\.expected\.json$/, ".eml"))),
      );
      for (const spelling of labels.serviceName) {
        checked++;
        if (!text.includes(squash(spelling))) notInMail.push(`${file}: ${spelling}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(notInMail).toEqual([]);
  });

  it.each(BATCHES)("%s lists serviceName as missing exactly when it is null", (batch) => {
    const dir = path.join(EVAL_CORPUS_DIR, batch);
    const wrong = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".expected.json"))
      .filter((file) => {
        const labels = corpusLabelsSchema.parse(
          JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")),
        );
        if (labels.quarantine !== null) return false;
        return (labels.serviceName === null) !== (labels.missing ?? []).includes("serviceName");
      });
    expect(wrong).toEqual([]);
  });
});
