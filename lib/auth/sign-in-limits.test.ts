import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { bindStatement } from "./sign-in-limits";

describe("bindStatement", () => {
  it("binds each $n placeholder, repeated ones included, in order of appearance", () => {
    const q = new PgDialect().sqlToQuery(
      bindStatement("SELECT $1, $2 WHERE x <= $2 AND y = $1", ["a", 5]),
    );
    expect(q.sql).toBe("SELECT $1, $2 WHERE x <= $3 AND y = $4");
    expect(q.params).toEqual(["a", 5, 5, "a"]);
  });
});
