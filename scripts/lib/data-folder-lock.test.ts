import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { AlreadyRunningError, lockDataFolder } from "./data-folder-lock";

describe("one npm start per data folder", () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "rd-lock-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("refuses a second start while the first runs, naming its pid and address", () => {
    const dir = tmp();
    const first = lockDataFolder(dir);
    first.setUrl("http://localhost:3123");
    let caught: unknown;
    try {
      lockDataFolder(dir);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AlreadyRunningError);
    expect((caught as Error).message).toBe(
      `Refund Desk is already running on this data folder (pid ${process.pid}, http://localhost:3123). Stop it (Ctrl-C in its terminal) or use that one.`,
    );
    first.release();
    expect(() => lockDataFolder(dir).release()).not.toThrow();
  });

  it("takes over the lock of a start that was killed", async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    fs.writeFileSync(
      path.join(dir, "refund-desk.lock"),
      JSON.stringify({ pid: child.pid, script: "", url: null }),
    );
    expect(() => lockDataFolder(dir)).toThrow(AlreadyRunningError);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const lock = lockDataFolder(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "refund-desk.lock"), "utf8")).pid).toBe(
      process.pid,
    );
    lock.release();
    expect(fs.existsSync(path.join(dir, "refund-desk.lock"))).toBe(false);
  });

  it("knows the holder by its script, however the script was named on its command line", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "holder.js"), "setTimeout(() => {}, 60000);");
    const child = spawn(process.execPath, ["holder.js"], { cwd: dir });
    onTestFinished(() => void child.kill("SIGKILL"));
    await new Promise((resolve) => child.once("spawn", resolve));
    fs.writeFileSync(
      path.join(dir, "refund-desk.lock"),
      JSON.stringify({ pid: child.pid, script: path.join(dir, "holder.js"), url: null }),
    );
    expect(() => lockDataFolder(dir)).toThrow(AlreadyRunningError);
  });

  it("does not take a reused pid running something else for the holder", () => {
    const dir = tmp();
    // This test process is alive but does not run scripts/start.ts.
    fs.writeFileSync(
      path.join(dir, "refund-desk.lock"),
      JSON.stringify({ pid: process.pid, script: "/nowhere/scripts/start.ts", url: null }),
    );
    expect(() => lockDataFolder(dir).release()).not.toThrow();
  });
});
