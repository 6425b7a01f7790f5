import { createHmac, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * One line of the anchor file: a full verification's checkpoint, kept outside the database and
 * signed with a key the database does not hold, so whoever controls the database (a superuser
 * included) can neither rewrite what it anchors unseen nor forge a line.
 */
export type Anchor = {
  verificationId: number;
  ok: boolean;
  /** The checkpoint: the last entry the run verified and its hash (null id: the log was empty). */
  throughId: number | null;
  throughHash: string;
  /** The run's own `audit.verified` entry: the newest entry when the run was recorded. */
  entryId: number;
  entryHash: string;
  /** When the line was written (ISO). */
  at: string;
  /** The previous line's mac ("" on the first line): a line taken out of the middle shows. */
  prev: string;
};
export type SignedAnchor = Anchor & { mac: string };

/** Where anchors go and the key that signs them. */
export type AnchorLog = { file: string; key: string };

/** What the file holds: its lines in order, and the first line that is not as written, if any. */
export type AnchorFile = { anchors: SignedAnchor[]; problem: string | null };

/** The configured anchor log; null without AUDIT_ANCHOR_KEY (nothing is anchored then). */
export function anchorLogFromEnv(): AnchorLog | null {
  const e = env();
  return e.AUDIT_ANCHOR_KEY
    ? { file: path.resolve(e.AUDIT_ANCHOR_FILE), key: e.AUDIT_ANCHOR_KEY }
    : null;
}

/** The signed text of a line: its fields in a fixed order, so the mac never depends on JSON key order. */
const signedText = (a: Anchor) =>
  [
    "audit-anchor-v1",
    a.verificationId,
    a.ok,
    a.throughId ?? "",
    a.throughHash,
    a.entryId,
    a.entryHash,
    a.at,
    a.prev,
  ].join("|");

export function signAnchor(key: string, anchor: Anchor): SignedAnchor {
  return { ...anchor, mac: createHmac("sha256", key).update(signedText(anchor)).digest("hex") };
}

function macMatches(key: string, line: SignedAnchor): boolean {
  const want = Buffer.from(signAnchor(key, line).mac, "hex");
  const got = Buffer.from(String(line.mac), "hex");
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Reads every line, checking each one's signature and that it follows the line before. */
export function readAnchors(log: AnchorLog): AnchorFile {
  if (!fs.existsSync(log.file)) return { anchors: [], problem: null };
  const lines = fs.readFileSync(log.file, "utf8").split("\n").filter(Boolean);
  const anchors: SignedAnchor[] = [];
  for (const [i, text] of lines.entries()) {
    const where = `line ${i + 1} of the anchor file`;
    let line: SignedAnchor;
    try {
      line = JSON.parse(text) as SignedAnchor;
    } catch {
      return { anchors, problem: `${where} is not an anchor (the file was edited)` };
    }
    if (!macMatches(log.key, line))
      return {
        anchors,
        problem: `${where} is not signed with AUDIT_ANCHOR_KEY (edited, or signed with another key)`,
      };
    if (line.prev !== (anchors.at(-1)?.mac ?? ""))
      return {
        anchors,
        problem: `${where} does not follow the line before it (lines were removed or reordered)`,
      };
    anchors.push(line);
  }
  return { anchors, problem: null };
}

/** Appends one signed line and flushes it to disk before returning (the file is only ever appended to). */
export function appendAnchor(log: AnchorLog, anchor: Omit<Anchor, "prev">): SignedAnchor {
  const { anchors } = readAnchors(log);
  const signed = signAnchor(log.key, { ...anchor, prev: anchors.at(-1)?.mac ?? "" });
  fs.mkdirSync(path.dirname(log.file), { recursive: true });
  const fd = fs.openSync(log.file, "a", 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(signed)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return signed;
}
