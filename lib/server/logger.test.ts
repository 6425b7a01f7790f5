import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

const CARD = "4111 1111 1111 1111";
const BODY = `Hello, please refund to my card ${CARD}. Anna`;
const EMAIL_ID = "0b7f8a2e-3c55-4d1e-9f3a-2b6c1d9e8f70";

/** Lines the logger wrote, parsed. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger(stream), text: () => lines.join("") };
}

/** A failed query as drizzle and postgres.js report it: parameters in drizzle's message and fields, and on the driver's error. */
function failedQuery(driverDebug: boolean) {
  // Shaped as postgres.js builds it (its constructor copies the server's fields onto the error).
  class PostgresError extends Error {}
  const driverError = Object.assign(
    new PostgresError(`invalid input syntax for type uuid: "${CARD}"`),
    {
      name: "PostgresError",
      code: "22P02",
      severity: "ERROR",
      detail: `Failing row contains (${BODY}).`,
      where: `unnamed portal parameter $2 = '${CARD}'`,
      table_name: "inbound_emails",
      routine: "string_to_uuid",
    },
  );
  // postgres.js attaches the statement and its parameters (enumerable with its debug option).
  Object.defineProperties(driverError, {
    query: { value: "update x set a = $1 where id = $2", enumerable: driverDebug },
    parameters: { value: [BODY, CARD], enumerable: driverDebug },
    args: { value: [BODY, CARD], enumerable: driverDebug },
  });
  return new DrizzleQueryError(
    'update "inbound_emails" set "body_text" = $1 where "id" = $2',
    [BODY, CARD, EMAIL_ID, 42, Buffer.from(BODY)],
    driverError,
  );
}

describe("logging a failed query", () => {
  it.each([false, true])(
    "never writes a bound parameter's text (driver debug %s), and keeps what a developer needs",
    (debug) => {
      const { logger, text } = capture();
      logger.error({ requestId: "r1", err: failedQuery(debug) }, "route failed");
      const out = text();
      expect(out).not.toContain("4111");
      expect(out).not.toContain("Anna");
      expect(out).not.toContain("refund to my card");
      const line = JSON.parse(out) as {
        err: Record<string, unknown> & { cause: Record<string, unknown> };
      };
      expect(line.err.type).toBe("DrizzleQueryError");
      expect(line.err.query).toBe('update "inbound_emails" set "body_text" = $1 where "id" = $2');
      expect(line.err.message).toContain("Failed query: update");
      expect(line.err.params).toEqual([
        `[text, ${BODY.length} characters]`,
        "[text, 19 characters]",
        EMAIL_ID,
        42,
        `[bytes, ${Buffer.byteLength(BODY)}]`,
      ]);
      expect(line.err.cause).toMatchObject({
        type: "PostgresError",
        code: "22P02",
        table_name: "inbound_emails",
        routine: "string_to_uuid",
      });
      expect(String(line.err.stack)).toContain("DrizzleQueryError");
    },
  );

  it("strips the parameters an error that wraps a failed query copied into its own message", () => {
    const { logger, text } = capture();
    const failed = failedQuery(false);
    logger.error({ err: new Error(`not stored: ${failed.message}`, { cause: failed }) }, "boom");
    expect(text()).not.toContain("4111");
    expect(text()).not.toContain("Anna");
    expect(JSON.parse(text())).toMatchObject({
      err: { message: expect.stringContaining("not stored: Failed query: update") },
    });
  });

  it("leaves an ordinary error as it was", () => {
    const { logger, text } = capture();
    logger.error({ err: new Error("relation missing") }, "boom");
    const line = JSON.parse(text()) as { err: { message: string; stack: string; type: string } };
    expect(line.err).toMatchObject({ type: "Error", message: "relation missing" });
    expect(line.err.stack).toContain("relation missing");
  });
});
