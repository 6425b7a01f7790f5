import { describe, expect, it } from "vitest";
import { isPagePath, pageContentSecurityPolicy } from "./security-headers";

describe("page security headers", () => {
  it("allows scripts by nonce only, and no framing", () => {
    const csp = pageContentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(pageContentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });

  it("treats API routes and build assets as not pages", () => {
    expect(isPagePath("/queue?tab=all")).toBe(true);
    expect(isPagePath("/requests/1")).toBe(true);
    expect(isPagePath("/api/emails/1/html")).toBe(false);
    expect(isPagePath("/_next/static/chunks/a.js")).toBe(false);
    expect(isPagePath("/apiary")).toBe(true);
  });
});
