import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { inboundEmails, refundRequests, webhookReplays } from "@/db/schema";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { POST as routePOST } from "@/app/api/inbound/email/route";
import { openStoredBytes } from "@/lib/sealing/open-sealed";
import { buildEml, COMPLETE_BODY } from "./test-support/build-eml";
import { setPipelineEnv } from "./test-support/pipeline-env";
import { refuseRequestInserts } from "./test-support/refuse-request-inserts";
import { signWebhook } from "./verify-webhook-signature";

const SECRET = "test-inbound-webhook-secret-123";
const URL_ = "http://localhost/api/inbound/email";
const POST = (req: Request) => routePOST(req, undefined);

function signedRequest(
  body: Buffer,
  opts: { secret?: string; ts?: number; header?: string | null } = {},
): Request {
  const ts = opts.ts ?? Math.floor(Date.now() / 1000);
  const header =
    opts.header !== undefined
      ? opts.header
      : `t=${ts},v1=${signWebhook(opts.secret ?? SECRET, ts, body)}`;
  const headers = new Headers({ "content-type": "message/rfc822" });
  if (header !== null) headers.set("x-refund-desk-signature", header);
  return new Request(URL_, { method: "POST", headers, body: new Uint8Array(body) });
}

const count = async (t: typeof inboundEmails | typeof refundRequests | typeof webhookReplays) =>
  Number(
    (
      await testDb()
        .select({ n: sql<string>`count(*)` })
        .from(t)
    )[0]!.n,
  );

describe("POST /api/inbound/email", () => {
  beforeAll(() =>
    setPipelineEnv({ INBOUND_WEBHOOK_SECRET: SECRET, DATABASE_URL: inject("databaseUrl") }),
  );
  beforeEach(async () => {
    setPipelineEnv({ INBOUND_WEBHOOK_SECRET: SECRET, DATABASE_URL: inject("databaseUrl") });
    await resetDatabase();
  });
  afterAll(async () => {
    // The route uses the app's process-wide client (db/client.ts getDb); close it so the worker exits cleanly.
    const holder = (globalThis as { __refundDeskDb?: { sql?: { end: () => Promise<void> } } })
      .__refundDeskDb;
    await holder?.sql?.end();
    await closeTestDb();
  });

  it("stores and processes a correctly signed email: 201", async () => {
    const raw = buildEml({ messageId: "wh-1@example.com", body: COMPLETE_BODY });
    const res = await POST(signedRequest(raw));
    expect(res.status).toBe(201);
    const json = (await res.json()) as { emailId: string; duplicate: boolean; outcome: string };
    expect(json).toMatchObject({ duplicate: false, outcome: "created" });
    const [row] = await testDb().select().from(inboundEmails);
    expect(row!.id).toBe(json.emailId);
    expect(row!.channel).toBe("webhook");
    expect(row!.raw).toBeNull();
    expect(openStoredBytes({ sealed: row!.rawSealed, clear: null }).equals(raw)).toBe(true);
    expect(await count(refundRequests)).toBe(1);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const badCases: Array<[string, (raw: Buffer) => Request, RegExp]> = [
    ["missing signature", (raw) => signedRequest(raw, { header: null }), /missing/],
    [
      "malformed signature",
      (raw) => signedRequest(raw, { header: "t=yesterday,v1=nothex" }),
      /malformed/,
    ],
    [
      "wrong signature (other secret)",
      (raw) => signedRequest(raw, { secret: "some-other-secret-value" }),
      /invalid/,
    ],
    [
      "signature of another body",
      (raw) => {
        const ts = now();
        return signedRequest(raw, {
          header: `t=${ts},v1=${signWebhook(SECRET, ts, Buffer.from("something else"))}`,
        });
      },
      /invalid/,
    ],
    ["stale signature (10 minutes old)", (raw) => signedRequest(raw, { ts: now() - 600 }), /stale/],
    [
      "future signature (10 minutes ahead)",
      (raw) => signedRequest(raw, { ts: now() + 600 }),
      /stale/,
    ],
  ];
  it.each(badCases)("%s: 401 and nothing stored", async (_name, make, reason) => {
    const res = await POST(
      make(buildEml({ messageId: "wh-bad@example.com", body: COMPLETE_BODY })),
    );
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
    expect(await count(inboundEmails)).toBe(0);
    expect(await count(refundRequests)).toBe(0);
    expect(await count(webhookReplays)).toBe(0);
  });

  it("the same signed request replayed is refused the second time: 401", async () => {
    const raw = buildEml({ messageId: "wh-replay@example.com", body: COMPLETE_BODY });
    const ts = now();
    const first = await POST(signedRequest(raw, { ts }));
    expect(first.status).toBe(201);
    const replay = await POST(signedRequest(raw, { ts }));
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: string }).error).toMatch(/replayed/);
    expect(await count(inboundEmails)).toBe(1);
    expect(await count(refundRequests)).toBe(1);
  });

  it("a fresh signature on an already stored email is a duplicate: 200, nothing new", async () => {
    const raw = buildEml({ messageId: "wh-dup@example.com", body: COMPLETE_BODY });
    expect((await POST(signedRequest(raw, { ts: now() - 1 }))).status).toBe(201);
    const again = await POST(signedRequest(raw, { ts: now() }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true, outcome: null });
    expect(await count(inboundEmails)).toBe(1);
    expect(await count(refundRequests)).toBe(1);
  });

  it("a replay that puts an extra field before the signature is refused: 401, stored once", async () => {
    const raw = buildEml({ messageId: "wh-sidestep@example.com", body: COMPLETE_BODY });
    const ts = now();
    const mac = signWebhook(SECRET, ts, raw);
    expect((await POST(signedRequest(raw, { header: `t=${ts},v1=${mac}` }))).status).toBe(201);
    const random = "0123456789abcdef".repeat(4);
    const replay = await POST(signedRequest(raw, { header: `t=${ts},xv1=${random},v1=${mac}` }));
    expect(replay.status).toBe(401);
    expect(await count(inboundEmails)).toBe(1);
    expect(await count(webhookReplays)).toBe(1);
  });

  it("when storing fails the answer says nothing was stored, and the sender's retry of the identical request is stored", async () => {
    const raw = buildEml({ messageId: "wh-store-fails@example.com", body: COMPLETE_BODY });
    const ts = now();
    await ownerDb().execute(sql`CREATE FUNCTION refuse_inbound() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await ownerDb().execute(sql`CREATE TRIGGER refuse_inbound BEFORE INSERT ON inbound_emails
      FOR EACH ROW EXECUTE FUNCTION refuse_inbound()`);
    try {
      const failed = await POST(signedRequest(raw, { ts }));
      expect(failed.status).toBe(500);
      expect(((await failed.json()) as { error: string }).error).toMatch(/not stored/);
      expect(await count(webhookReplays)).toBe(0);
    } finally {
      await ownerDb().execute(sql`DROP TRIGGER refuse_inbound ON inbound_emails`);
      await ownerDb().execute(sql`DROP FUNCTION refuse_inbound()`);
    }
    const retry = await POST(signedRequest(raw, { ts }));
    expect(retry.status).toBe(201);
    expect(await count(inboundEmails)).toBe(1);
    expect(await count(refundRequests)).toBe(1);
  });

  it("a stored email whose processing fails is accepted (202) and left for the retry job; a replay is then refused", async () => {
    const raw = buildEml({ messageId: "wh-process-fails@example.com", body: COMPLETE_BODY });
    const ts = now();
    const allow = await refuseRequestInserts();
    try {
      const res = await POST(signedRequest(raw, { ts }));
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ outcome: null });
    } finally {
      await allow();
    }
    const [row] = await testDb().select().from(inboundEmails);
    expect(row!.state).toBe("received");
    expect((await POST(signedRequest(raw, { ts }))).status).toBe(401);
  });

  it("without a sealing key nothing is stored (500, not stored), and the sender's retry is then stored", async () => {
    const raw = buildEml({ messageId: "wh-no-key@example.com", body: COMPLETE_BODY });
    const ts = now();
    setPipelineEnv({
      INBOUND_WEBHOOK_SECRET: SECRET,
      DATABASE_URL: inject("databaseUrl"),
      PAYMENT_DETAILS_KEY: undefined,
    });
    const res = await POST(signedRequest(raw, { ts }));
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/not stored/);
    expect(await count(inboundEmails)).toBe(0);
    expect(await count(webhookReplays)).toBe(0);
    setPipelineEnv({ INBOUND_WEBHOOK_SECRET: SECRET, DATABASE_URL: inject("databaseUrl") });
    expect((await POST(signedRequest(raw, { ts }))).status).toBe(201);
  });

  it("a body announced larger than the cap is refused (413) before any of it is read", async () => {
    setPipelineEnv({
      INBOUND_WEBHOOK_SECRET: SECRET,
      DATABASE_URL: inject("databaseUrl"),
      MAX_EMAIL_BYTES: "1000",
    });
    const raw = buildEml({ messageId: "wh-big@example.com", body: "x".repeat(3000) });
    let pulled = 0;
    // highWaterMark 0: the stream pulls only when someone reads it.
    const body = new ReadableStream<Uint8Array>(
      {
        pull(c) {
          pulled++;
          c.enqueue(new Uint8Array(raw));
          c.close();
        },
      },
      { highWaterMark: 0 },
    );
    const ts = now();
    const headers = new Headers({
      "x-refund-desk-signature": `t=${ts},v1=${signWebhook(SECRET, ts, raw)}`,
      "content-length": String(raw.length),
    });
    const res = await POST(
      new Request(URL_, { method: "POST", headers, body, duplex: "half" } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(pulled).toBe(0);
    expect(await count(inboundEmails)).toBe(0);
  });

  it("a streamed body that passes the cap is cut off there (413): reading stops at the cap", async () => {
    setPipelineEnv({
      INBOUND_WEBHOOK_SECRET: SECRET,
      DATABASE_URL: inject("databaseUrl"),
      MAX_EMAIL_BYTES: "1000",
    });
    let sent = 0;
    const chunk = new Uint8Array(500);
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += chunk.length;
        c.enqueue(chunk);
        if (sent >= 1_000_000) c.close();
      },
    });
    const ts = now();
    const headers = new Headers({
      "x-refund-desk-signature": `t=${ts},v1=${"ab".repeat(32)}`,
    });
    const res = await POST(
      new Request(URL_, { method: "POST", headers, body, duplex: "half" } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(10_000);
    expect(await count(inboundEmails)).toBe(0);
    expect(await count(webhookReplays)).toBe(0);
  });

  it("without INBOUND_WEBHOOK_SECRET the endpoint is off: 503, nothing stored", async () => {
    setPipelineEnv({ INBOUND_WEBHOOK_SECRET: undefined, DATABASE_URL: inject("databaseUrl") });
    const res = await POST(
      signedRequest(buildEml({ messageId: "wh-off@example.com", body: COMPLETE_BODY })),
    );
    expect(res.status).toBe(503);
    expect(await count(inboundEmails)).toBe(0);
  });
});
