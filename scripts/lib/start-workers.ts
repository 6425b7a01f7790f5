import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { appProcessEnv } from "./database-roles";

export type Workers = { stop: () => Promise<void> };

export type StartWorkersOptions = {
  /** Runner entry point; tests pass one with their own jobs or timings. */
  script?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
};

const RUNNER = path.join(process.cwd(), "scripts", "job-runner.ts");

/**
 * Runs the job runner (scripts/job-runner.ts) as a child process and keeps it running: when it
 * ends for any reason other than stop(), it is started again after a pause that doubles up to
 * 30 s (back to 1 s once a run lasted a minute). Resolves once the first run reports ready.
 */
export async function startWorkers(
  /** The app role's connection string (the runner never gets the owner's). */
  appDatabaseUrl: string,
  opts: StartWorkersOptions = {},
): Promise<Workers> {
  const log = opts.log ?? ((l: string) => console.error(l));
  let child: ChildProcess | null = null;
  let stopping = false;
  let pause = 1_000;
  let restartTimer: NodeJS.Timeout | undefined;

  const spawnRunner = () =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const c = fork(opts.script ?? RUNNER, [], {
        execArgv: ["--import", "tsx"],
        env: appProcessEnv({ ...process.env, ...opts.env }, appDatabaseUrl),
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      child = c;
      c.on("message", (m: { type?: string }) => m?.type === "ready" && resolve());
      c.on("exit", (code, signal) => {
        if (child === c) child = null;
        reject(new Error(`job runner exited (${code ?? signal}) before it was ready`));
        if (stopping) return;
        pause = Date.now() - started > 60_000 ? 1_000 : Math.min(pause * 2, 30_000);
        log(`Job runner ended (${code ?? signal}); starting it again in ${pause / 1000}s.`);
        restartTimer = setTimeout(() => void spawnRunner().catch(() => undefined), pause);
      });
    });

  await spawnRunner();
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise((resolve) => c.once("exit", resolve));
      c.kill("SIGTERM");
      // The runner waits up to 10 s for running jobs; past 15 s it is killed.
      const killer = setTimeout(() => c.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
