import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

/** Runs `next build` in the foreground; resolves when it succeeds. */
export function buildNext(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`)),
    );
  });
}

export type ServeOptions = {
  dev: boolean;
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
};

/**
 * Starts the app (scripts/next-server.ts: Next's handler with the socket address and a CSP nonce
 * stamped on each request; production build, or dev) and resolves once it answers HTTP.
 */
export async function serveNext(opts: ServeOptions): Promise<ChildProcess> {
  const server = path.join(process.cwd(), "scripts", "next-server.ts");
  const args = [TSX, server, String(opts.port), opts.host, ...(opts.dev ? ["dev"] : [])];
  const child = spawn(process.execPath, args, {
    stdio: opts.quiet ? ["ignore", "pipe", "inherit"] : "inherit",
    env: {
      ...opts.env,
      NODE_ENV: opts.dev ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.stdout?.resume();
  const url = `http://${opts.host}:${opts.port}/signin`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`next did not answer on ${url}`);
}
