import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What one run measured: emails/s and Node CPU ms per email, sequentially and with C in flight. */
export type Figures = {
  seq: number;
  conc: number | null;
  seqCpu: number;
  concCpu: number | null;
};

export function git(...a: string[]): string {
  return execFileSync("git", a, { encoding: "utf8" }).trim();
}

/** A worktree of `ref` that can run its own bench script. */
export function checkout(ref: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-bench-against-"));
  git("worktree", "add", "--detach", dir, ref);
  const sameLock =
    git("rev-parse", `${ref}:package-lock.json`) === git("hash-object", "package-lock.json");
  if (sameLock) fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  else execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
  return { dir, remove: () => git("worktree", "remove", "--force", dir) };
}

/** One bench-ingest run of the code in `cwd`; its closing JSON line. */
export function benchVariant(
  cwd: string,
  databaseUrl: string,
  o: { count: string; concurrency: string },
): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(cwd, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/bench-ingest.ts",
        "--count",
        o.count,
        "--concurrency",
        o.concurrency,
      ],
      {
        cwd,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith('{"bench":"ingest"'));
      if (code !== 0 || !line) return reject(new Error(`bench in ${cwd} exited ${code}`));
      const r = JSON.parse(line) as {
        emailsPerSecond: number;
        emailsPerSecondConcurrent: number | null;
        sequential: { cpuMsPerEmail: number };
        concurrent: { cpuMsPerEmail: number } | null;
      };
      resolve({
        seq: r.emailsPerSecond,
        conc: r.emailsPerSecondConcurrent,
        seqCpu: r.sequential.cpuMsPerEmail,
        concCpu: r.concurrent?.cpuMsPerEmail ?? null,
      });
    });
  });
}
