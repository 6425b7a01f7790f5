import fs from "node:fs";

/**
 * CPU time (ms) used so far by every process named "postgres" on this machine (Linux /proc), to
 * show how the work splits between Node and the database. Backends that exit take their time
 * with them, so read it while the pass's connections are still open. null where /proc is absent.
 */
export function postgresCpuMs(): number | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) !== "postgres") continue;
      const fields = stat.slice(close + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick; // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}
