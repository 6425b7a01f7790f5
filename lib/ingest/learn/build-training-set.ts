import fs from "node:fs";
import path from "node:path";
import { CLAIMS, type Claim } from "@/lib/policy/vocabulary";
import { buildBodyText } from "../build-body-text";
import { loadSplit } from "../eval/load-corpus";
import { parseEmail } from "../parse-email";
import { classifierText } from "./models";

/** One labelled text the classifiers learn from. */
export interface TrainingExample {
  /** Where it came from: "<batch>/<name>" of the eval corpus, or "fixtures/<name>". */
  source: string;
  /** What the classifiers read: the subject, a line break, then the body text as the extractor builds it. */
  text: string;
  claim: Claim;
  direct: boolean;
  /** False when the mail gives no reason at all (REQ-INCOMPLETE lists "reason"). */
  reasonGiven: boolean;
}

const FIXTURES = path.join(__dirname, "..", "fixtures");

// The project's own fixtures that carry a claim and a direct flag are training data too (never dev or test).
async function fixtureExamples(): Promise<TrainingExample[]> {
  const out: TrainingExample[] = [];
  for (const file of fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()) {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8")) as {
      extraction?: { claim?: string; directRequested?: boolean; missing?: string[] };
    };
    const claim = expected.extraction?.claim;
    const direct = expected.extraction?.directRequested;
    if (!CLAIMS.includes(claim as Claim) || typeof direct !== "boolean") continue;
    const name = file.replace(/\.expected\.json$/, "");
    const parsed = await parseEmail(fs.readFileSync(path.join(FIXTURES, `${name}.eml`)));
    out.push({
      source: `fixtures/${name}`,
      text: classifierText(parsed.subject, buildBodyText(parsed)),
      claim: claim as Claim,
      direct,
      reasonGiven: !(expected.extraction?.missing ?? []).includes("reason"),
    });
  }
  return out;
}

/**
 * The training set: every request of the eval corpus's train part (never dev
 * or test) and the labelled fixtures, in a fixed order. Written to
 * training-set.json by `npm run training-set`; a unit test checks the file
 * is up to date.
 */
export async function buildTrainingSet(): Promise<TrainingExample[]> {
  const out: TrainingExample[] = [];
  for (const email of loadSplit("train")) {
    const { claim, directRequested } = email.labels;
    if (email.labels.quarantine !== null || claim === null || directRequested === null) continue;
    const parsed = await parseEmail(email.raw);
    out.push({
      source: email.name,
      text: classifierText(parsed.subject, buildBodyText(parsed)),
      claim,
      direct: directRequested,
      reasonGiven: !(email.labels.missing ?? []).includes("reason"),
    });
  }
  return [...out, ...(await fixtureExamples())];
}
