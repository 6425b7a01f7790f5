import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    /** users.session_version when the token was issued (lib/auth/current-user.ts compares it). */
    sessionVersion?: number;
    /** OIDC only: whether the identity provider verified the email (accounts are matched by it). */
    emailVerifiedByIdp?: boolean;
  }
  interface Session {
    user: DefaultSession["user"] & { id?: string; sv?: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
