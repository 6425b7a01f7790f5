import { eq, sql } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundEmails, refundRequests, settings } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { env } from "@/lib/env";
import { buildEml, COMPLETE_BODY } from "@/lib/requests/test-support/build-eml";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { startDovecot, type DovecotServer } from "@/scripts/lib/start-dovecot";
import { IMPORTED_FLAG, pollImap, type ImapConfig } from "./poll-imap";

let server: DovecotServer;
let client: ImapFlow;
let seq = 0;

/** The poller's config exactly as the job runner builds it from the environment. */
function configFromEnv(folder: string): ImapConfig {
  setPipelineEnv({
    IMAP_HOST: server.host,
    IMAP_PORT: String(server.port),
    IMAP_TLS: "false",
    IMAP_USER: server.user,
    IMAP_PASSWORD: server.password,
    IMAP_FOLDER: folder,
  });
  const e = env();
  return {
    host: e.IMAP_HOST!,
    port: e.IMAP_PORT,
    secure: e.IMAP_TLS,
    user: e.IMAP_USER!,
    password: e.IMAP_PASSWORD!,
    folder: e.IMAP_FOLDER,
  };
}

async function appendMail(
  folder: string,
  messageId = `imap-${++seq}@example.com`,
): Promise<{ uid: number; messageId: string }> {
  const raw = buildEml({
    messageId,
    subject: `Refund ${seq}`,
    body: COMPLETE_BODY,
    from: `customer${seq}@example.com`,
  });
  const res = await client.append(folder, raw);
  if (!res || !res.uid) throw new Error("APPEND returned no UID");
  return { uid: res.uid, messageId };
}

async function flagsByUid(folder: string): Promise<Map<number, Set<string>>> {
  const lock = await client.getMailboxLock(folder);
  const out = new Map<number, Set<string>>();
  try {
    for await (const m of client.fetch("1:*", { uid: true, flags: true }, { uid: true }))
      out.set(m.uid, m.flags ?? new Set());
  } finally {
    lock.release();
  }
  return out;
}

const requestCount = async () =>
  Number(
    (
      await testDb()
        .select({ n: sql<string>`count(*)` })
        .from(refundRequests)
    )[0]!.n,
  );
const emailCount = async () =>
  Number(
    (
      await testDb()
        .select({ n: sql<string>`count(*)` })
        .from(inboundEmails)
    )[0]!.n,
  );

describe("pollImap against a real Dovecot", () => {
  beforeAll(async () => {
    setPipelineEnv();
    await resetDatabase();
    server = await startDovecot();
    client = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: false,
      auth: { user: server.user, pass: server.password },
      logger: false,
    });
    await client.connect();
  });
  afterAll(async () => {
    await client?.logout().catch(() => undefined);
    await server?.stop();
    await closeTestDb();
  });

  it("imports appended mail once, flags it, resumes from the stored cursor after a restart, and picks up new mail", async () => {
    const config = configFromEnv("INBOX");
    expect(config.secure).toBe(false);
    const first = [await appendMail("INBOX"), await appendMail("INBOX"), await appendMail("INBOX")];

    const r1 = await pollImap(testDb(), config);
    expect(r1).toEqual({
      fetched: 3,
      imported: 3,
      duplicates: 0,
      failed: 0,
      lastUid: first[2]!.uid,
    });
    const rows = await testDb().select().from(inboundEmails).orderBy(inboundEmails.imapUid);
    expect(rows.map((r) => [r.channel, r.imapUid, r.messageId, r.state])).toEqual(
      first.map((m) => ["imap", m.uid, m.messageId, "processed"]),
    );
    expect(rows.every((r) => r.requestId !== null)).toBe(true);
    expect(await requestCount()).toBe(3);
    const flags = await flagsByUid("INBOX");
    for (const m of first) expect(flags.get(m.uid)?.has(IMPORTED_FLAG)).toBe(true);

    // Nothing new: nothing fetched, nothing imported.
    expect(await pollImap(testDb(), config)).toEqual({
      fetched: 0,
      imported: 0,
      duplicates: 0,
      failed: 0,
      lastUid: first[2]!.uid,
    });
    expect(await emailCount()).toBe(3);

    // A message appended between polls is picked up, and only it.
    const between = await appendMail("INBOX");
    expect(await pollImap(testDb(), config)).toMatchObject({
      fetched: 1,
      imported: 1,
      lastUid: between.uid,
    });
    expect((await flagsByUid("INBOX")).get(between.uid)?.has(IMPORTED_FLAG)).toBe(true);

    // The cursor lives in the settings table.
    const [cursor] = await testDb()
      .select()
      .from(settings)
      .where(eq(settings.key, `imap_cursor:${server.user}@${server.host}:${server.port}/INBOX`));
    expect(cursor?.value).toMatchObject({ lastUid: between.uid });

    // Simulated restart: a new database connection and a new poll; only the mail appended while "down" comes in.
    await closeTestDb();
    const whileDown = [await appendMail("INBOX"), await appendMail("INBOX")];
    const afterRestart = await pollImap(testDb(), configFromEnv("INBOX"));
    expect(afterRestart).toEqual({
      fetched: 2,
      imported: 2,
      duplicates: 0,
      failed: 0,
      lastUid: whileDown[1]!.uid,
    });
    const imported = await testDb()
      .select({ uid: inboundEmails.imapUid })
      .from(inboundEmails)
      .orderBy(inboundEmails.imapUid);
    expect(imported.map((r) => r.uid)).toEqual([...first, between, ...whileDown].map((m) => m.uid));
    expect(await requestCount()).toBe(6);
  });

  it("a lost cursor (or changed UIDVALIDITY) rescans the folder without making duplicates", async () => {
    await client.mailboxCreate("Rescan");
    const config = configFromEnv("Rescan");
    const a = await appendMail("Rescan");
    const b = await appendMail("Rescan");
    expect(await pollImap(testDb(), config)).toMatchObject({ fetched: 2, imported: 2 });
    const before = await requestCount();
    await testDb()
      .delete(settings)
      .where(eq(settings.key, `imap_cursor:${server.user}@${server.host}:${server.port}/Rescan`));
    // The same email delivered again into the folder (same Message-ID) is also just a duplicate.
    const redelivered = await appendMail("Rescan", a.messageId);
    const report = await pollImap(testDb(), config);
    expect(report).toEqual({
      fetched: 3,
      imported: 0,
      duplicates: 3,
      failed: 0,
      lastUid: redelivered.uid,
    });
    expect(await requestCount()).toBe(before);
    const flags = await flagsByUid("Rescan");
    for (const uid of [a.uid, b.uid, redelivered.uid])
      expect(flags.get(uid)?.has(IMPORTED_FLAG)).toBe(true);
  });
});
