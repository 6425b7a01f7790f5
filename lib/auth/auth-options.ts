import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/server/app-error";
import { logger } from "@/lib/server/logger";
import { authenticatePassword } from "./authenticate-password";

function clientIp(headers: Record<string, unknown> | Headers | undefined): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers?.[name] as string | undefined);
  // The last X-Forwarded-For entry is the one our own proxy appended; earlier ones are whatever the client claimed.
  return get("x-forwarded-for")?.split(",").pop()?.trim() || get("x-real-ip") || "unknown";
}

/** The optional OIDC provider, switched on when all three OIDC_* variables are set. */
function oidcProvider(): AuthOptions["providers"] {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email?: string; name?: string; email_verified?: boolean }) => ({
        id: p.sub,
        email: p.email,
        name: p.name,
        emailVerified: p.email_verified === true,
      }),
    },
  ];
}

export function authOptions(): AuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          try {
            const user = await authenticatePassword(getDb(), {
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              ip: clientIp(req?.headers as Record<string, unknown> | undefined),
              limits: {
                perAccount: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
                perIp: e.SIGNIN_MAX_FAILURES_PER_IP,
                windowMinutes: e.SIGNIN_WINDOW_MINUTES,
              },
            });
            return { id: user.id, email: user.email, name: user.name, role: user.role };
          } catch (err) {
            // The thrown message reaches the sign-in page; only user-safe text goes there.
            if (isAppError(err)) throw new Error(err.userMessage);
            logger.error({ err }, "sign-in failed unexpectedly");
            throw new Error("Sign-in is unavailable right now. Please try again.");
          }
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        // Accounts are matched by email, so only an address the identity provider has verified may sign in.
        if ((user as { emailVerified?: boolean }).emailVerified !== true) return false;
        // SSO signs in invited, active users only; it never creates accounts.
        const email = String(user.email ?? "").toLowerCase();
        const [row] = await getDb()
          .select()
          .from(users)
          .where(sql`lower(${users.email}) = ${email}`)
          .limit(1);
        if (!row?.active) return false;
        Object.assign(user, { id: row.id, role: row.role, name: row.name });
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: Role }).role;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, role: token.role } };
      },
    },
  };
}
