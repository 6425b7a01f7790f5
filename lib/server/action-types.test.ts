import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";
import type { ActionResult } from "./action";

// Only the types are under test here (tsc checks every `@ts-expect-error` below: an unused one
// fails the type check); the calls are built but never awaited against a session.
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { action } = await import("./action");

const renameSchema = z.object({
  requestId: z.uuid(),
  version: z.coerce.number().int(),
  name: z.string().trim().min(1),
  notify: z.enum(["yes", "no"]).optional(),
});
const renameAction = action(
  { name: "rename", schema: renameSchema, permission: "requests.edit" },
  async (input) => ({ version: input.version + 1 }),
);

describe("action() is typed by its schema", () => {
  it("accepts the schema's input, a FormData, and (prevState, FormData)", () => {
    const calls = () => {
      void renameAction({ requestId: "r", version: 1, name: "x" });
      // z.coerce: the input side takes anything, as a form would send it.
      void renameAction({ requestId: "r", version: "2", name: "x", notify: "no" });
      void renameAction(new FormData());
      void renameAction(null, new FormData());
    };
    expect(typeof calls).toBe("function");
    expectTypeOf(renameAction).returns.resolves.toEqualTypeOf<ActionResult<{ version: number }>>();
  });

  it("refuses at compile time what the schema would refuse", () => {
    const calls = () => {
      // @ts-expect-error a required field is missing
      void renameAction({ requestId: "r", version: 1 });
      // @ts-expect-error a string field given a number
      void renameAction({ requestId: "r", version: 1, name: 5 });
      // @ts-expect-error a value outside the enum
      void renameAction({ requestId: "r", version: 1, name: "x", notify: "maybe" });
      // @ts-expect-error a field the schema does not have
      void renameAction({ requestId: "r", version: 1, name: "x", colour: "red" });
      // @ts-expect-error useActionState's form: the second argument must be the FormData
      void renameAction(null, { requestId: "r", version: 1, name: "x" });
    };
    expect(typeof calls).toBe("function");
  });

  it("types the result a caller reads", async () => {
    const res = await renameAction({ requestId: "r", version: 1, name: "x" });
    if (res.ok) {
      expectTypeOf(res.data.version).toEqualTypeOf<number>();
      // @ts-expect-error the data has no such field
      void res.data.name;
    }
    expect(res).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
