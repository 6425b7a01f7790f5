import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../../db/seed/demo-users";

export type DemoRole = "reviewer" | "manager" | "admin";

export function demoUser(role: DemoRole) {
  const u = DEMO_USERS.find((d) => d.role === role);
  if (!u) throw new Error(`no demo ${role}`);
  return u;
}

/** Signs in through next-auth's credentials endpoint (no UI), leaving the session cookie in the page's context. */
export async function signInAs(
  page: Page,
  role: DemoRole | { email: string; password: string },
): Promise<void> {
  const u = typeof role === "string" ? demoUser(role) : role;
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: u.email, password: u.password, json: "true" },
  });
  expect(res.ok(), `sign-in as ${u.email}`).toBeTruthy();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email, `session for ${u.email}`).toBe(u.email);
}
