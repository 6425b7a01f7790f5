/**
 * Evaluates refund-policy cases: `npm run --silent policy -- FILE.json`, or
 * JSON on stdin when no file or "-" is given. Exit 2 on invalid input.
 */
import { readFileSync } from "node:fs";
import { runPolicyCli } from "../lib/policy/run-cli";

const file = process.argv[2];
const text = readFileSync(file === undefined || file === "-" ? 0 : file, "utf8");
const { stdout, stderr, code } = runPolicyCli(text);
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
