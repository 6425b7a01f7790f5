import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

export type RunnerChild = {
  child: ChildProcess;
  output: () => string;
  alive: () => boolean;
  /** Resolves with the exit code / signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/**
 * Runs a job runner in a real child process (node --import tsx), so an unhandled
 * rejection or an uncaught exception really ends it, and kill -9 really kills it.
 * Resolves once the child reports it is ready.
 */
export async function spawnRunner(
  script: string,
  env: Record<string, string>,
  readyTimeoutMs = 60_000,
): Promise<RunnerChild> {
  let out = "";
  const child = fork(path.resolve(script), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.stdout?.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (out += c.toString()));
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      done = true;
      resolve({ code, signal });
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runner not ready:\n${out}`)), readyTimeoutMs);
    child.on("message", (m: { type?: string }) => {
      if (m?.type !== "ready") return;
      clearTimeout(timer);
      resolve();
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`runner exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
  return { child, output: () => out, alive: () => !done, exited };
}
