import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeTestDb, ownerDb, resetDatabase } from "@/db/test/test-db";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { openStoredBytes } from "@/lib/sealing/open-sealed";
import { scanPlaintext } from "@/lib/sealing/scan-plaintext";
import { sealLeftoverRows } from "./seal-leftover-rows";

const RAW = Buffer.from(
  "From: Old <old@example.com>\r\nSubject: Refund\r\n\r\nRefund to my card 4111 1111 1111 1111.\r\n",
);

/** An email as the release before sealing stored it: the message in the clear. */
async function plantClearEmail(): Promise<void> {
  await ownerDb().execute(sql`
    INSERT INTO inbound_emails (channel, raw, size_bytes, sha256, dedupe_key, state)
    VALUES ('upload', ${RAW}, ${RAW.length}, 'x', 'sha:old', 'received')`);
}

describe("npm start seals the rows stored before sealing", () => {
  beforeEach(async () => {
    await resetDatabase();
    await plantClearEmail();
  });
  afterAll(async () => {
    await resetDatabase();
    await closeTestDb();
  });

  it("with the key: seals them and says how many", async () => {
    setPipelineEnv();
    const lines: string[] = [];
    await sealLeftoverRows(ownerDb(), (l) => lines.push(l));
    expect(lines).toEqual(["Sealed 1 email(s) and 0 attachment(s) stored before sealing."]);
    const [row] = await ownerDb().execute<{ raw: Buffer | null; raw_sealed: Buffer }>(
      sql`SELECT raw, raw_sealed FROM inbound_emails`,
    );
    expect(row!.raw).toBeNull();
    expect(openStoredBytes({ sealed: row!.raw_sealed, clear: null }).equals(RAW)).toBe(true);
    expect(await scanPlaintext(ownerDb())).toEqual([]);

    lines.length = 0;
    await sealLeftoverRows(ownerDb(), (l) => lines.push(l));
    expect(lines).toEqual([]);
  });

  it("without a key: leaves them and says what to do", async () => {
    setPipelineEnv({ PAYMENT_DETAILS_KEY: undefined });
    const lines: string[] = [];
    await sealLeftoverRows(ownerDb(), (l) => lines.push(l));
    expect(lines).toEqual([
      "1 email(s) and 0 attachment(s) stored before sealing are still in the clear: set PAYMENT_DETAILS_KEY and start again, or run npm run keys:rotate.",
    ]);
    expect((await scanPlaintext(ownerDb())).length).toBeGreaterThan(0);
  });
});
