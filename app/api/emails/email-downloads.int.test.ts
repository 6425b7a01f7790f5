import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { auditLog, emailAttachments } from "@/db/schema";
import { makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { SessionUser } from "@/lib/auth/current-user";
import { findFullPaymentNumbers } from "@/lib/ingest/find-full-payment-numbers";
import { ingestEmail } from "@/lib/requests/ingest-email";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";

let sessionUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));

const raw = await import("./[id]/raw/route");
const html = await import("./[id]/html/route");
const attachment = await import("../attachments/[id]/route");

const CARD = "4111 1111 1111 1111";
const IBAN = "DE89 3704 0044 0532 0130 00";
const BODY = `My rented number stopped working; I paid $12.50. Please refund to my card ${CARD} or IBAN ${IBAN}.`;
const HTML = `<p>Please refund to my card <b>4111</b> 1111 1111 1111 or IBAN ${IBAN}.</p>`;

/** multipart/alternative (text and HTML) plus a text file and a forwarded message, each quoting the card. */
function emailWithEverything(): Buffer {
  const b = "=_outer";
  const a = "=_alt";
  const lines = [
    "From: Anna <anna@example.com>",
    "To: refunds@refund-desk.test",
    "Subject: Refund please",
    "Message-ID: <downloads-1@example.com>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${b}"`,
    "",
    `--${b}`,
    `Content-Type: multipart/alternative; boundary="${a}"`,
    "",
    `--${a}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    BODY,
    `--${a}`,
    "Content-Type: text/html; charset=utf-8",
    "",
    HTML,
    `--${a}--`,
    `--${b}`,
    'Content-Type: text/plain; name="details.txt"',
    'Content-Disposition: attachment; filename="details.txt"',
    "",
    `card: ${CARD}`,
    `--${b}`,
    "Content-Type: message/rfc822",
    'Content-Disposition: attachment; filename="original.eml"',
    "",
    "From: Anna <anna@example.com>",
    "Subject: first try",
    "",
    `card ${CARD}`,
    `--${b}--`,
    "",
  ];
  return Buffer.from(lines.join("\r\n"));
}

const get = (
  handler: { GET: (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response> },
  id: string,
  query = "",
) => handler.GET(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id }) });

describe("email downloads: masked by default, the original to managers only, audited", () => {
  let reviewer: SessionUser;
  let manager: SessionUser;
  let admin: SessionUser;
  let emailId: string;
  let sent: Buffer;
  const attachmentOf = async (filename: string) =>
    (
      await testDb()
        .select()
        .from(emailAttachments)
        .where(and(eq(emailAttachments.emailId, emailId), eq(emailAttachments.filename, filename)))
    )[0]!.id;
  const downloads = () =>
    testDb().select().from(auditLog).where(eq(auditLog.action, "email.raw_downloaded"));

  beforeAll(() => setPipelineEnv({ DATABASE_URL: inject("databaseUrl") }));
  beforeEach(async () => {
    setPipelineEnv({ DATABASE_URL: inject("databaseUrl") });
    await resetDatabase();
    reviewer = await makeUser(testDb(), "reviewer");
    manager = await makeUser(testDb(), "manager");
    admin = await makeUser(testDb(), "admin");
    sent = emailWithEverything();
    emailId = (await ingestEmail(testDb(), { raw: sent, channel: "upload" })).emailId;
  });
  afterAll(async () => {
    const holder = (globalThis as { __refundDeskDb?: { sql?: { end: () => Promise<void> } } })
      .__refundDeskDb;
    await holder?.sql?.end();
    await closeTestDb();
  });

  it("serves every role the HTML with the card and the IBAN masked, markup kept", async () => {
    for (const user of [reviewer, manager, admin]) {
      sessionUser = user;
      const res = await get(html, emailId);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
      const body = await res.text();
      expect(findFullPaymentNumbers(body)).toEqual([]);
      expect(body).toContain("<b>••••</b> •••• •••• 1111");
    }
    expect(await downloads()).toHaveLength(0);
  });

  it("refuses the .eml to reviewers and admins (403), and gives a manager the bytes as sent, audited per access", async () => {
    for (const user of [reviewer, admin]) {
      sessionUser = user;
      expect((await get(raw, emailId)).status).toBe(403);
    }
    expect(await downloads()).toHaveLength(0);
    sessionUser = manager;
    for (let i = 0; i < 2; i++) {
      const res = await get(raw, emailId);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(/attachment/);
      expect(Buffer.from(await res.arrayBuffer()).equals(sent)).toBe(true);
    }
    const entries = await downloads();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actorId: manager.id,
      entityType: "email",
      entityId: emailId,
      data: { part: "message" },
    });
  });

  it("gives the unmasked HTML to a manager only, audited", async () => {
    sessionUser = reviewer;
    expect((await get(html, emailId, "?original=1")).status).toBe(403);
    sessionUser = manager;
    const res = await get(html, emailId, "?original=1");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(HTML);
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect((await downloads()).map((e) => e.data)).toEqual([{ part: "html" }]);
  });

  it("serves a text attachment masked to everyone", async () => {
    const id = await attachmentOf("details.txt");
    for (const user of [reviewer, manager]) {
      sessionUser = user;
      const res = await get(attachment, id);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toBe("card: **** **** **** 1111");
    }
  });

  it("keeps a forwarded message to managers (audited); others are told why", async () => {
    const id = await attachmentOf("original.eml");
    sessionUser = reviewer;
    const refused = await get(attachment, id);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/managers/);
    sessionUser = manager;
    const res = await get(attachment, id);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(CARD);
    expect((await downloads()).map((e) => e.data)).toEqual([
      { part: "attachment", attachmentId: id },
    ]);
  });

  it("answers 404 for an unknown email or attachment, and 401 signed out", async () => {
    sessionUser = manager;
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await get(raw, unknown)).status).toBe(404);
    expect((await get(html, unknown, "?original=1")).status).toBe(404);
    expect((await get(attachment, unknown)).status).toBe(404);
    sessionUser = null;
    expect((await get(raw, emailId)).status).toBe(401);
    expect(await downloads()).toHaveLength(0);
  });
});
