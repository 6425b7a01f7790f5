import fs from "node:fs";
import path from "node:path";

/** Who holds the data folder: the `npm start` process and, once it serves, its address. */
export type LockHolder = { pid: number; script: string; url: string | null };

export type DataFolderLock = {
  /** Records the address the app serves on, for the message a second start prints. */
  setUrl: (url: string) => void;
  release: () => void;
};

export class AlreadyRunningError extends Error {
  constructor(readonly holder: LockHolder) {
    super(
      `Refund Desk is already running on this data folder (pid ${holder.pid}, ${holder.url ?? "still starting"}). ` +
        "Stop it (Ctrl-C in its terminal) or use that one.",
    );
  }
}

/**
 * One `npm start` per data folder: a lock file created exclusively, naming the holder. A lock
 * whose process is gone (killed, crashed) is stale and taken over; a live process counts as the
 * holder only if it still runs the script that took the lock (a pid reused by something else
 * does not).
 */
export function lockDataFolder(dir: string, script = process.argv[1] ?? ""): DataFolderLock {
  const file = path.join(dir, "refund-desk.lock");
  fs.mkdirSync(dir, { recursive: true });
  const me: LockHolder = { pid: process.pid, script, url: null };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx", mode: 0o644 });
      return {
        setUrl: (url) => fs.writeFileSync(file, JSON.stringify({ ...me, url })),
        release: () => {
          if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = readHolder(file);
      if (holder && isRunning(holder)) throw new AlreadyRunningError(holder);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

function isRunning(h: LockHolder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const proc = `/proc/${h.pid}`;
  if (!h.script || !fs.existsSync(proc)) return true;
  // Arguments as the process saw them (tsx passes the script relative to its working folder).
  const cwd = fs.readlinkSync(`${proc}/cwd`);
  const args = fs.readFileSync(`${proc}/cmdline`, "utf8").split("\0");
  return args.some((a) => a && path.resolve(cwd, a) === path.resolve(h.script));
}
