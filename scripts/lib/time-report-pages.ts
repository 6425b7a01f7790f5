import type { ChildProcess } from "node:child_process";
import { freePort } from "../../db/embedded";
import { DEMO_USERS } from "../../db/seed/demo-users";
import { signInCookie } from "./http-session";
import { buildIsFresh } from "./local-config";
import { buildNext, serveNext } from "./serve-next";

export const REPORT_PAGES = [
  "/reports/sla",
  "/reports/volume",
  "/reports/money",
  "/reports/overrides",
  "/reports/extraction",
  "/decisions",
  "/decisions?override=yes&sla=missed",
  "/audit",
  "/quality",
];

/**
 * Serves the production build on the bench database and times each managers'
 * page (server time: loopback HTTP, full render, signed in as the demo manager).
 */
export async function timeReportPages(
  url: string,
  runs: number,
  stats: (xs: number[]) => { median: number; p95: number },
): Promise<void> {
  if (!buildIsFresh()) await buildNext(process.env);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  try {
    server = await serveNext({
      dev: false,
      port,
      host: "127.0.0.1",
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: base, LOG_LEVEL: "warn" },
      quiet: true,
    });
    const manager = DEMO_USERS.find((u) => u.role === "manager");
    if (!manager) throw new Error("no demo manager");
    const cookie = await signInCookie(base, manager.email, manager.password);
    console.log("\npage (full server render)".padEnd(46) + "median     p95");
    for (const path of REPORT_PAGES) {
      const get = async () => {
        const res = await fetch(`${base}${path}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
        await res.arrayBuffer();
      };
      await get();
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await get();
        xs.push(performance.now() - t);
      }
      const s = stats(xs);
      console.log(
        `${path.padEnd(46)}${s.median.toFixed(1).padStart(6)}${s.p95.toFixed(1).padStart(8)}`,
      );
    }
  } finally {
    server?.kill("SIGTERM");
  }
}
