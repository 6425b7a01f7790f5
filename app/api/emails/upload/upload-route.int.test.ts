import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { inboundEmails } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { SessionUser } from "@/lib/auth/current-user";
import { buildEml, COMPLETE_BODY } from "@/lib/requests/test-support/build-eml";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";

let sessionUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { POST } = await import("./route");
const reviewer: SessionUser = { id: "u1", email: "r@example.test", name: "R", role: "reviewer" };
const manager: SessionUser = { ...reviewer, role: "manager" };

function uploadRequest(files: { name: string; bytes: Buffer }[]): Request {
  const form = new FormData();
  for (const f of files) form.append("files", new File([new Uint8Array(f.bytes)], f.name));
  return new Request("http://localhost/api/emails/upload", { method: "POST", body: form });
}

/** A body that counts how much of it was read (highWaterMark 0: nothing is pulled unasked). */
function countedBody(bytes: number) {
  const read = { chunks: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        read.chunks++;
        c.enqueue(new Uint8Array(bytes));
        c.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, read };
}

describe("POST /api/emails/upload", () => {
  beforeAll(() => setPipelineEnv({ DATABASE_URL: inject("databaseUrl") }));
  beforeEach(async () => {
    setPipelineEnv({ DATABASE_URL: inject("databaseUrl") });
    sessionUser = reviewer;
    await resetDatabase();
  });
  afterAll(async () => {
    const holder = (globalThis as { __refundDeskDb?: { sql?: { end: () => Promise<void> } } })
      .__refundDeskDb;
    await holder?.sql?.end();
    await closeTestDb();
  });

  it("imports each .eml file through the pipeline and reports it; the same file again is a duplicate", async () => {
    const eml = buildEml({ messageId: "up-1@example.com", body: COMPLETE_BODY });
    const res = await POST(uploadRequest([{ name: "a.eml", bytes: eml }]), undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      data: [{ name: "a.eml", outcome: "created", duplicate: false }],
    });
    const again = await POST(uploadRequest([{ name: "a.eml", bytes: eml }]), undefined);
    expect(await again.json()).toMatchObject({ data: [{ outcome: "duplicate", duplicate: true }] });
    expect(await testDb().select().from(inboundEmails)).toHaveLength(1);
  });

  it("refuses anything but .eml files with a field error", async () => {
    const res = await POST(uploadRequest([{ name: "a.txt", bytes: Buffer.from("x") }]), undefined);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      fieldErrors: { files: ["Only .eml files can be uploaded"] },
    });
  });

  it("refuses a role without the permission, and the signed-out, before reading the body", async () => {
    for (const [user, status] of [
      [manager, 403],
      [null, 401],
    ] as const) {
      sessionUser = user;
      const { body, read } = countedBody(1000);
      const res = await POST(
        new Request("http://localhost/api/emails/upload", {
          method: "POST",
          body,
          duplex: "half",
        } as RequestInit),
        undefined,
      );
      expect(res.status).toBe(status);
      expect(read.chunks).toBe(0);
    }
    expect(await testDb().select().from(inboundEmails)).toHaveLength(0);
  });

  it("refuses (413) a body over twice MAX_EMAIL_BYTES, announced or streamed, reading no further", async () => {
    setPipelineEnv({ DATABASE_URL: inject("databaseUrl"), MAX_EMAIL_BYTES: "1000" });
    const cap = 2 * 1000 + 1024 * 1024;
    const announced = countedBody(10);
    const res = await POST(
      new Request("http://localhost/api/emails/upload", {
        method: "POST",
        headers: { "content-length": String(cap + 1) },
        body: announced.body,
        duplex: "half",
      } as RequestInit),
      undefined,
    );
    expect(res.status).toBe(413);
    expect(announced.read.chunks).toBe(0);
    const streamed = countedBody(cap + 1);
    const res2 = await POST(
      new Request("http://localhost/api/emails/upload", {
        method: "POST",
        body: streamed.body,
        duplex: "half",
      } as RequestInit),
      undefined,
    );
    expect(res2.status).toBe(413);
    expect(await testDb().select().from(inboundEmails)).toHaveLength(0);
  });
});
