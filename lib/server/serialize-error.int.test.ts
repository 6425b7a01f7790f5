import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { inboundEmails } from "@/db/schema";
import { closeTestDb, testDb } from "@/db/test/test-db";
import { serializeError } from "./serialize-error";

const CARD = "4111 1111 1111 1111";

describe("serializeError on a real failed query", () => {
  afterAll(() => closeTestDb());

  it("keeps the statement and the SQLSTATE, and none of the bound values", async () => {
    const failure = await testDb()
      .update(inboundEmails)
      .set({ bodyText: `refund to my card ${CARD}` })
      .where(eq(inboundEmails.id, CARD))
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toContain(CARD);
    const logged = JSON.stringify(serializeError(failure));
    expect(logged).not.toContain("4111");
    expect(logged).toContain('update \\"inbound_emails\\"');
    expect(logged).toContain('"code":"22P02"');
  });
});
