import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/current-user";

// The session and the log sink are what these tests choose; the wrappers, the permission table and zod are real.
let sessionUser: SessionUser | null = null;
const logged: { obj: Record<string, unknown>; msg: string }[] = [];
let incomingHeaders = new Headers();
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));
vi.mock("next/headers", () => ({ headers: async () => incomingHeaders }));
vi.mock("./logger", () => ({
  logger: {
    error: (obj: Record<string, unknown>, msg: string) => logged.push({ obj, msg }),
    info: () => undefined,
    warn: () => undefined,
  },
}));

const { action } = await import("./action");
const { route } = await import("./route");
const { AppError } = await import("./app-error");

const reviewer: SessionUser = { id: "u1", email: "r@example.test", name: "R", role: "reviewer" };
const boom = () => Promise.reject(new Error('relation "secret_table" does not exist'));
/** A query whose backend was terminated, as drizzle reports it (the driver's error as the cause). */
const databaseGone = () =>
  Promise.reject(
    new Error("Failed query: select 1\nparams: ", {
      cause: Object.assign(new Error("terminating connection due to administrator command"), {
        code: "57P01",
      }),
    }),
  );

beforeEach(() => {
  sessionUser = reviewer;
  logged.length = 0;
  incomingHeaders = new Headers();
});

describe("action()", () => {
  const ok = action(
    { name: "t", schema: z.object({ n: z.number().int() }), permission: "queue.read" },
    async ({ n }) => n * 2,
  );
  const failing = action({ name: "t", schema: z.object({}), permission: "queue.read" }, boom);

  it("runs the domain call for a signed-in user with the permission", async () => {
    expect(await ok({ n: 21 })).toEqual({ ok: true, data: 42 });
  });

  it("refuses without a session, without the permission, and on bad input, before the domain call", async () => {
    const fn = vi.fn(async () => 1);
    const guarded = action(
      { name: "t", schema: z.object({ n: z.number() }), permission: "users.manage" },
      fn,
    );
    expect(await guarded({ n: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    sessionUser = null;
    expect(await guarded({ n: 1 })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const allowed = action(
      { name: "t", schema: z.object({ n: z.number() }), permission: "queue.read" },
      fn,
    );
    sessionUser = reviewer;
    // @ts-expect-error a wrong type does not compile; at run time the schema refuses it as well
    const bad = await allowed({ n: "x" });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["n"]);
    expect(fn).not.toHaveBeenCalled();
    expect(await allowed({ n: 2 })).toEqual({ ok: true, data: 1 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("hides an unexpected error behind a reference that is also in the log line", async () => {
    const res = await failing({});
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("INTERNAL");
    expect(res.message).not.toContain("secret_table");
    const ref = /Reference: (\S+)$/.exec(res.message)?.[1];
    expect(ref).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.obj.requestId).toBe(ref);
  });

  it("uses the upstream proxy's X-Request-Id as the reference when there is one", async () => {
    incomingHeaders = new Headers({ "x-request-id": "lb-7f3a" });
    const res = await failing({});
    expect(res).toMatchObject({ ok: false, message: "Something went wrong. Reference: lb-7f3a" });
    expect(logged[0]!.obj.requestId).toBe("lb-7f3a");
  });

  it("says the database is unavailable (nothing leaked) when its connection is lost", async () => {
    const gone = action(
      { name: "t", schema: z.object({}), permission: "queue.read" },
      databaseGone,
    );
    const res = await gone({});
    expect(res).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    if (!res.ok) expect(res.message).not.toContain("administrator");
  });

  it("passes an AppError's user message through without logging it as a failure", async () => {
    const conflict = action(
      { name: "t", schema: z.object({}), permission: "queue.read" },
      async () => {
        throw new AppError("CONFLICT", { userMessage: "Already taken." });
      },
    );
    expect(await conflict({})).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Already taken.",
    });
    expect(logged).toHaveLength(0);
  });
});

describe("route()", () => {
  const handler = route<unknown>("queue.read", async () => Response.json({ fine: true }));
  const failing = route<unknown>("queue.read", boom);
  const req = (headers: Record<string, string> = {}) =>
    new Request("http://localhost/api/x", { headers });

  it("answers 401 / 403 before the handler runs", async () => {
    sessionUser = null;
    expect((await handler(req(), {})).status).toBe(401);
    sessionUser = { ...reviewer, role: "reviewer" };
    const adminOnly = route<unknown>("users.manage", async () => Response.json({}));
    expect((await adminOnly(req(), {})).status).toBe(403);
    expect((await handler(req(), {})).status).toBe(200);
  });

  it("answers 500 with a reference in the body, the header and the log line, never the raw error", async () => {
    const res = await failing(req(), {});
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: string; requestId: string };
    expect(JSON.stringify(body)).not.toContain("secret_table");
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error).toBe(`Something went wrong. Reference: ${body.requestId}`);
    expect(res.headers.get("x-request-id")).toBe(body.requestId);
    expect(logged[0]!.obj.requestId).toBe(body.requestId);
  });

  it("answers 503 with Retry-After when the database is unreachable or its connection died", async () => {
    const gone = route<unknown>("queue.read", databaseGone);
    const res = await gone(req(), {});
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(JSON.stringify(await res.json())).not.toContain("administrator");
    const refused = route<unknown>("queue.read", () =>
      Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    );
    expect((await refused(req(), {})).status).toBe(503);
  });

  it("a public route runs without reading a session, and an AppError it throws answers with its status", async () => {
    sessionUser = null;
    const seen: unknown[] = [];
    const open = route("public", async (_req, _ctx: unknown, user) => {
      seen.push(user);
      throw new AppError("TOO_LARGE", { userMessage: "message too large" });
    });
    const res = await open(req(), {});
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: "message too large", code: "TOO_LARGE" });
    expect(seen).toEqual([null]);
  });

  it("keeps an upstream X-Request-Id, unless it is not a plain short token", async () => {
    const res = await failing(req({ "x-request-id": "lb-1" }), {});
    expect(((await res.json()) as { requestId: string }).requestId).toBe("lb-1");
    const odd = await failing(req({ "x-request-id": "<script>alert(1)</script>" }), {});
    expect(((await odd.json()) as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
