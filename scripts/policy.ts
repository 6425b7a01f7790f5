/**
 * Evaluates refund-policy cases: `npm run --silent policy -- FILE.json`, or
 * JSON on stdin when no file or "-" is given. Exit 2 on invalid input.
 */
import { readFileSync } from "node:fs";
import { runPolicyCli } from "../lib/policy/run-cli";

const file = process.argv[2];
let text: string;
try {
  text = readFileSync(file === undefined || file === "-" ? 0 : file, "utf8");
} catch (error) {
  process.stderr.write(
    `cannot read ${file ?? "stdin"}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
}
const { stdout, stderr, code } = runPolicyCli(text);
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
