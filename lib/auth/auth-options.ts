import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/server/app-error";
import { requestClientAddress } from "@/lib/server/client-address";
import { logger } from "@/lib/server/logger";
import { bumpSessionVersion } from "@/lib/users/bump-session-version";
import { authenticatePassword } from "./authenticate-password";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_DAYS,
  signDeviceCookie,
  verifyDeviceCookie,
} from "./device-cookie";
import { signInLimitsFromEnv } from "./sign-in-limits-from-env";

/** The request's client address (see lib/server/client-address.ts) and the user its device cookie vouches for. */
async function requestFacts(secret: string | undefined) {
  const jar = await cookies();
  return {
    ip: await requestClientAddress(),
    knownDeviceUserId: secret ? verifyDeviceCookie(secret, jar.get(DEVICE_COOKIE)?.value) : null,
  };
}

/** Marks this browser as one the user has signed in from (lets it past a lock on the account later). */
async function rememberDevice(secret: string | undefined, userId: string) {
  if (!secret) return;
  (await cookies()).set(DEVICE_COOKIE, signDeviceCookie(secret, userId), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL?.startsWith("https:") ?? false,
    path: "/api/auth",
    maxAge: DEVICE_COOKIE_MAX_AGE_DAYS * 86_400,
  });
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
        emailVerifiedByIdp: p.email_verified === true,
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
        async authorize(credentials) {
          try {
            const user = await authenticatePassword(getDb(), {
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              ...(await requestFacts(e.NEXTAUTH_SECRET)),
              limits: signInLimitsFromEnv(),
            });
            await rememberDevice(e.NEXTAUTH_SECRET, user.id);
            return {
              id: user.id,
              email: user.email,
              name: user.name,
              sessionVersion: user.sessionVersion,
            };
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
        if (user.emailVerifiedByIdp !== true) return false;
        // SSO signs in invited, active users only; it never creates accounts.
        const email = String(user.email ?? "").toLowerCase();
        const [row] = await getDb()
          .select()
          .from(users)
          .where(sql`lower(${users.email}) = ${email}`)
          .limit(1);
        if (!row?.active) return false;
        Object.assign(user, {
          id: row.id,
          name: row.name,
          sessionVersion: row.sessionVersion,
        });
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, sv: token.sv } };
      },
    },
    events: {
      // Sign-out revokes every token of this user issued so far, a copied cookie included. Only a
      // live token can do it, so an old stolen one cannot sign its owner out everywhere.
      async signOut({ token }) {
        if (token.uid && token.sv !== undefined)
          await bumpSessionVersion(getDb(), { userId: token.uid, from: token.sv });
      },
    },
  };
}
