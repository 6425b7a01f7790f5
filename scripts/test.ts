/**
 * `npm test`: type check, lint, unit, integration and e2e, then one closing
 * line summing every suite: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Tally = { name: string; passed: number; failed: number; skipped: number; ok: boolean };
const results: Tally[] = [];
const bin = (p: string) => path.join(process.cwd(), "node_modules", ...p.split("/"));
fs.mkdirSync("test-results", { recursive: true });

function run(cmd: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${cmd.join(" ")}`);
  const r = spawnSync(process.execPath, cmd, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name: string, cmd: string[]) {
  const ok = run(cmd);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok });
}

function vitest(project: string) {
  const out = `test-results/${project}.json`;
  fs.rmSync(out, { force: true });
  const ok = run([
    bin("vitest/vitest.mjs"),
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  const r = fs.existsSync(out)
    ? (JSON.parse(fs.readFileSync(out, "utf8")) as Record<string, number>)
    : null;
  results.push({
    name: project,
    passed: r?.numPassedTests ?? 0,
    failed: r ? (r.numFailedTests ?? 0) + (ok || (r.numFailedTests ?? 0) > 0 ? 0 : 1) : 1,
    skipped: (r?.numPendingTests ?? 0) + (r?.numTodoTests ?? 0),
    ok,
  });
}

function e2e() {
  const out = "test-results/e2e.json";
  fs.rmSync(out, { force: true });
  const ok = run([bin("tsx/dist/cli.mjs"), "scripts/e2e.ts"]);
  const stats = fs.existsSync(out)
    ? (JSON.parse(fs.readFileSync(out, "utf8")) as { stats: Record<string, number> }).stats
    : null;
  const failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  results.push({
    name: "e2e",
    passed: stats?.expected ?? 0,
    failed: failed + (ok || failed > 0 ? 0 : 1),
    skipped: stats?.skipped ?? 0,
    ok,
  });
}

const only = process.argv.slice(2);
const want = (s: string) => only.length === 0 || only.includes(s);
if (want("format"))
  check("format", [bin("prettier/bin/prettier.cjs"), "--check", "--log-level=warn", "."]);
if (want("typecheck")) check("typecheck", [bin("typescript/bin/tsc"), "--noEmit", "-p", "."]);
if (want("lint")) check("lint", [bin("eslint/bin/eslint.js"), ".", "--max-warnings=0"]);
if (want("unit")) vitest("unit");
if (want("integration")) vitest("integration");
if (want("e2e")) e2e();

console.log("\nSuite        passed  failed  skipped");
for (const r of results)
  console.log(
    `${r.name.padEnd(12)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}`,
  );
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
const skipped = results.reduce((s, r) => s + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
