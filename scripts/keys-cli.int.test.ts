import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inboundEmails, refundRequests } from "@/db/schema";
import { makeRequestFixture } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { parseKeyring } from "@/lib/ingest/keyring";
import { sealBuffer, sealedKeyId } from "@/lib/ingest/secret-box";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";

const A = randomBytes(32).toString("base64");
const B = randomBytes(32).toString("base64");
const CARD = "4111 1111 1111 1111";

/** Runs `npm run --silent <script>` as its tsx file does, on the test database; never throws. */
async function run(script: "keys-scan" | "keys-rotate", env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", `scripts/${script}.ts`],
      {
        env: {
          ...process.env,
          DATABASE_URL: inject("ownerDatabaseUrl"),
          APP_DATABASE_URL: inject("databaseUrl"),
          LOG_LEVEL: "warn",
          ...env,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("keys:scan and keys:rotate from the command line", () => {
  let requestId: string;
  let emailId: string;

  beforeAll(async () => {
    await resetDatabase();
    setPipelineEnv({ PAYMENT_DETAILS_KEY: `a:${A}` });
    const fixture = await makeRequestFixture(testDb(), {
      body: `Please refund my card ${CARD}, the number did not work.`,
    });
    requestId = fixture.requestId;
    const [email] = await testDb().select({ id: inboundEmails.id }).from(inboundEmails).limit(1);
    emailId = email!.id;
  });
  afterAll(async () => {
    // Nothing planted is left for the suite's final scan.
    await resetDatabase();
    await closeTestDb();
  });

  it("keys:scan passes on what the app stored, fails naming table, column and row for a planted card number, never printing it", async () => {
    const clean = await run("keys-scan");
    expect(clean.stdout).toMatch(/^keys:scan ok/m);
    expect(clean.code).toBe(0);

    await ownerDb()
      .update(refundRequests)
      .set({ reasonText: `Refund to ${CARD} please` })
      .where(eq(refundRequests.id, requestId));
    const planted = await run("keys-scan");
    expect(planted.code).toBe(1);
    expect(planted.stdout).toContain(
      `refund_requests.reason_text row ${requestId}: a full card number (•••• •••• •••• 1111)`,
    );
    expect(planted.stdout).toMatch(/^keys:scan FAILED: 1 value\(s\) in the clear/m);
    expect(planted.stdout + planted.stderr).not.toContain(CARD);
    expect(planted.stdout + planted.stderr).not.toContain(CARD.replaceAll(" ", ""));

    await ownerDb()
      .update(refundRequests)
      .set({ reasonText: "Refund please" })
      .where(eq(refundRequests.id, requestId));
    expect((await run("keys-scan")).code).toBe(0);
  });

  it("keys:rotate re-seals from key A to key B, a second run finds nothing, a value no key opens fails naming its row", async () => {
    const keys = { PAYMENT_DETAILS_KEY: `b:${B}`, PAYMENT_DETAILS_OLD_KEYS: `a:${A}` };
    const first = await run("keys-rotate", keys);
    // Progress on stderr, the report on stdout.
    expect(first.stderr).toMatch(/^inbound_emails: re-sealed 1\/1$/m);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^inbound_emails: 1 re-sealed$/m);
    expect(first.stdout).toMatch(/^keys:rotate ok: every sealed value is under key "b"$/m);
    const [email] = await testDb().select().from(inboundEmails);
    expect(sealedKeyId(email!.rawSealed!)).toBe("b");

    const second = await run("keys-rotate", keys);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^inbound_emails: 0 re-sealed$/m);

    await testDb()
      .update(inboundEmails)
      .set({ bodyTextSealed: sealBuffer(Buffer.from("x"), parseKeyring({ current: `a:${A}` })) })
      .where(eq(inboundEmails.id, emailId));
    const failed = await run("keys-rotate", { PAYMENT_DETAILS_KEY: `b:${B}` });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`inbound_emails.body_text_sealed of row ${emailId}`);
    expect(failed.stderr).toMatch(/^keys:rotate stopped: /m);
  });
});
