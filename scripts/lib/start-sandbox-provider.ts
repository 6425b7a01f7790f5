import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type StartSandboxProviderOptions = {
  /** The journal's folder; reuse it across restarts to keep the refunds. */
  dataDir: string;
  /** Fixed port; by default a free one, kept by restart(). */
  port?: number;
  /** Where outcome webhooks go, e.g. http://127.0.0.1:3000/api/payouts/webhook. */
  webhookUrl: string;
  /** HMAC secret of X-Provider-Signature (at least 16 characters). */
  webhookSecret: string;
  /** When set, the sandbox requires `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Default 3000. */
  settleDelayMs?: number;
  /** Enables /__sandbox/* (faults, full listing). */
  testControls?: boolean;
  /** More flags, e.g. ["--fail-amounts", "1313,4242"]. */
  extraArgs?: string[];
  /** Receives each log line of the service (JSON); by default they are dropped. */
  onLog?: (line: string) => void;
  /** How long to wait for the "listening" line; default 30 s. */
  startTimeoutMs?: number;
};

export type SandboxProviderProcess = {
  /** e.g. http://127.0.0.1:41234; stays the same across restart(). */
  readonly url: string;
  /** The service's own process id (node runs it directly, no wrapper process). */
  readonly pid: number;
  /** SIGTERM, waits for a clean exit. */
  stop(): Promise<void>;
  /** SIGKILL (a crash), waits until the process is gone. */
  kill(): Promise<void>;
  /** Stops it if running, then starts it again on the same port and data folder. */
  restart(): Promise<void>;
};

const ENTRY = path.join(process.cwd(), "scripts", "sandbox-provider.ts");
const TSX_LOADER = pathToFileURL(
  path.join(process.cwd(), "node_modules", "tsx", "dist", "loader.mjs"),
).href;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Spawns the service and resolves with its URL once it prints its "listening" line. */
function spawnService(opts: StartSandboxProviderOptions, port: number) {
  const args = ["--import", TSX_LOADER, ENTRY, "--exit-on-stdin-close"];
  args.push("--data-dir", opts.dataDir, "--port", String(port), "--webhook-url", opts.webhookUrl);
  if (opts.settleDelayMs !== undefined) args.push("--settle-delay-ms", String(opts.settleDelayMs));
  if (opts.testControls) args.push("--test-controls");
  args.push(...(opts.extraArgs ?? []));
  // Secrets go by environment, not argv, where any local user could read them in `ps`.
  const env: NodeJS.ProcessEnv = { ...process.env, SANDBOX_WEBHOOK_SECRET: opts.webhookSecret };
  if (opts.apiKey) env.SANDBOX_API_KEY = opts.apiKey;
  else delete env.SANDBOX_API_KEY;
  const child = spawn(process.execPath, args, { env, stdio: ["pipe", "pipe", "pipe"] });
  const recent: string[] = [];
  return new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`sandbox provider did not start:\n${recent.join("\n")}`));
    }, opts.startTimeoutMs ?? 30_000);
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        opts.onLog?.(line);
        const url = /^sandbox-provider listening on (http:\/\/\S+)$/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve({ child, url });
        }
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`sandbox provider exited (${signal ?? code}):\n${recent.join("\n")}`));
    });
  });
}

/**
 * The sandbox payment provider (scripts/sandbox-provider.ts) as a child
 * process on loopback. It exits by itself when this process dies (its stdin closes).
 */
export async function startSandboxProvider(
  opts: StartSandboxProviderOptions,
): Promise<SandboxProviderProcess> {
  let current = await spawnService(opts, opts.port ?? 0);
  const port = Number(new URL(current.url).port);

  const end = async (signal: NodeJS.Signals) => {
    const { child } = current;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = exited(child);
    child.kill(signal);
    if (signal === "SIGTERM") {
      const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await gone.finally(() => clearTimeout(forced));
    } else await gone;
  };

  return {
    get url() {
      return current.url;
    },
    get pid() {
      return current.child.pid!;
    },
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
    async restart() {
      await end("SIGTERM");
      current = await spawnService(opts, port);
    },
  };
}
