import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { exportClient } from "./stream-rows";

const holder = globalThis as unknown as { __refundDeskExport?: unknown };

describe("exportClient", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCache();
    delete holder.__refundDeskExport;
  });

  it("connects as the app's own role, as the web server is started (APP_DATABASE_URL, no DATABASE_URL)", () => {
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("APP_DATABASE_URL", "postgres://refund_desk_app:pw@127.0.0.1:5999/refund_desk");
    resetEnvCache();
    const client = exportClient();
    expect(client.options.user).toBe("refund_desk_app");
    expect(client.options.port).toEqual([5999]);
  });
});
