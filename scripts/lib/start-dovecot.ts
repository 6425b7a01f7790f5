import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../db/embedded";

export type DovecotServer = {
  host: string;
  port: number;
  user: string;
  password: string;
  stop: () => Promise<void>;
};

const DOVECOT = "/usr/sbin/dovecot";

/** Debian's dovecot-imapd, installed when this machine (e.g. a fresh CI runner) lacks it. */
function ensureInstalled(): void {
  if (fs.existsSync(DOVECOT)) return;
  const sudo = process.getuid?.() === 0 ? "" : "sudo -n ";
  execSync(
    `${sudo}sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd'`,
    { stdio: "inherit" },
  );
  if (!fs.existsSync(DOVECOT))
    throw new Error(`dovecot-imapd installed but ${DOVECOT} is still missing`);
}

/** Who owns the mail: dovecot refuses uid 0, so as root an unprivileged system user, else ourselves. */
function mailOwner(): { uid: number; gid: number; internalUser: string; loginUser: string } {
  if (process.getuid?.() !== 0) {
    const me = os.userInfo();
    return { uid: me.uid, gid: me.gid, internalUser: me.username, loginUser: me.username };
  }
  const line = (name: string) => {
    try {
      return execSync(`getent passwd ${name}`, { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  const nobody = line("nobody").split(":");
  const uid = Number(nobody[2] ?? 65534);
  const gid = Number(nobody[3] ?? 65534);
  // The package creates "dovecot" and "dovenull"; fall back to nobody where it did not.
  return {
    uid,
    gid,
    internalUser: line("dovecot") ? "dovecot" : "nobody",
    loginUser: line("dovenull") ? "dovenull" : "nobody",
  };
}

async function waitForPort(
  host: string,
  port: number,
  deadline: number,
  exited: () => string | null,
): Promise<void> {
  for (;;) {
    const why = exited();
    if (why) throw new Error(why);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host, port });
      s.once("connect", () => {
        s.destroy();
        resolve(true);
      });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(`dovecot did not listen on ${host}:${port} within the deadline`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A real, throwaway IMAP server: Dovecot with a minimal configuration in a
 * temp dir (plaintext auth, no TLS, one user, maildir storage), listening on
 * a free loopback port. stop() ends it and removes everything.
 */
export async function startDovecot(opts: { timeoutMs?: number } = {}): Promise<DovecotServer> {
  ensureInstalled();
  const host = "127.0.0.1";
  const port = await freePort();
  const user = "refunds";
  const password = "imap-test-password";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-dovecot-"));
  fs.chmodSync(dir, 0o755);
  const owner = mailOwner();
  const mailDir = path.join(dir, "mail");
  fs.mkdirSync(path.join(mailDir, user), { recursive: true });
  if (process.getuid?.() === 0) {
    fs.chownSync(mailDir, owner.uid, owner.gid);
    fs.chownSync(path.join(mailDir, user), owner.uid, owner.gid);
  }
  const usersFile = path.join(dir, "users");
  fs.writeFileSync(
    usersFile,
    `${user}:{PLAIN}${password}:${owner.uid}:${owner.gid}::${mailDir}/${user}::\n`,
    { mode: 0o644 },
  );
  const logFile = path.join(dir, "dovecot.log");
  const conf = path.join(dir, "dovecot.conf");
  fs.writeFileSync(
    conf,
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${logFile}`,
      "protocols = imap",
      `listen = ${host}`,
      "ssl = no",
      "disable_plaintext_auth = no",
      "auth_mechanisms = plain login",
      `default_internal_user = ${owner.internalUser}`,
      `default_login_user = ${owner.loginUser}`,
      `first_valid_uid = ${Math.min(owner.uid, 500) || 1}`,
      `mail_location = maildir:${mailDir}/%u`,
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${usersFile}\n}`,
      `userdb {\n  driver = passwd-file\n  args = username_format=%u ${usersFile}\n}`,
      `service imap-login {\n  inet_listener imap {\n    address = ${host}\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      "",
    ].join("\n"),
  );
  const child = spawn(DOVECOT, ["-F", "-c", conf], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += String(d)));
  child.stderr.on("data", (d) => (output += String(d)));
  let exit: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exit = `dovecot exited (code ${code}, signal ${signal}): ${output.trim()} ${fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-2000) : ""}`;
      resolve();
    }),
  );
  const stop = async () => {
    if (!exit) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(host, port, Date.now() + (opts.timeoutMs ?? 15_000), () => exit);
  } catch (err) {
    await stop();
    throw err;
  }
  return { host, port, user, password, stop };
}
