import { evaluate } from "./evaluate";
import { parsePolicyCase, type ParsedPolicyCase, type PolicyIssue } from "./schema";

export interface CliOutput {
  stdout: string;
  stderr: string;
  /** 0 success, 2 invalid input. */
  code: number;
}

const invalid = (lines: string[]): CliOutput => ({
  stdout: "",
  stderr: `${lines.join("\n")}\n`,
  code: 2,
});

/**
 * The `npm run policy` logic without I/O: JSON text of one case or an array
 * of cases in, pretty JSON of the result(s) out. Invalid input prints every
 * issue with its path (`cases[3].request.claim: ...`) and nothing on stdout.
 */
export function runPolicyCli(text: string): CliOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return invalid([`invalid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const inputs = Array.isArray(json) ? json : [json];
  const cases: ParsedPolicyCase[] = [];
  const issues: PolicyIssue[] = [];
  inputs.forEach((input, index) => {
    const parsed = parsePolicyCase(input, Array.isArray(json) ? `cases[${index}]` : "");
    if (parsed.ok) cases.push(parsed.data);
    else issues.push(...parsed.issues);
  });
  if (issues.length > 0) return invalid(issues.map((issue) => `${issue.path}: ${issue.message}`));
  const results = cases.map((policyCase) => evaluate(policyCase));
  const output = Array.isArray(json) ? results : results[0];
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: "", code: 0 };
}
