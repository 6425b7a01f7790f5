import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { stopPostmaster } from "./embedded";

/** A stand-in for a postmaster: a process that reports ready, and ignores the signals it is told to. */
async function fakePostmaster(ignore: string[]) {
  const code = `
    for (const s of ${JSON.stringify(ignore)}) process.on(s, () => {});
    if (!${JSON.stringify(ignore)}.includes("SIGQUIT")) process.on("SIGQUIT", () => process.exit(0));
    console.log("ready");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => child.stdout.once("data", resolve));
  return child;
}

describe("stopping the embedded PostgreSQL", () => {
  it("asks for a fast shutdown first", async () => {
    const server = await fakePostmaster([]);
    expect(await stopPostmaster(server.pid!, 2_000)).toBe("SIGINT");
  });

  it("ends a server that ignores SIGINT (as one in crash recovery does) with SIGQUIT after the grace time", async () => {
    const server = await fakePostmaster(["SIGINT"]);
    const started = Date.now();
    expect(await stopPostmaster(server.pid!, 500)).toBe("SIGQUIT");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("kills one that ignores both", async () => {
    const server = await fakePostmaster(["SIGINT", "SIGQUIT"]);
    const exited = new Promise((resolve) =>
      server.once("exit", (_code, signal) => resolve(signal)),
    );
    expect(await stopPostmaster(server.pid!, 300)).toBe("SIGKILL");
    expect(await exited).toBe("SIGKILL");
  });
});
