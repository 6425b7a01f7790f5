/**
 * The Content-Security-Policy of app pages. Scripts run only with this response's nonce (Next puts
 * it on every script it renders, reading it from the request's own CSP header) or when loaded by
 * such a script ('strict-dynamic'); nothing may frame the app. Dev mode needs eval for React's
 * debugging tools.
 */
export function pageContentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; Tailwind's CSS is a file.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Paths whose responses are documents of the app (not API routes, not build assets). */
export function isPagePath(url: string | undefined): boolean {
  return !/^\/(api|_next)(\/|$)/.test(url ?? "/");
}
