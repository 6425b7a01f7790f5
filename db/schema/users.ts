import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { createdAt, tstz, updatedAt } from "./columns";
import { roleEnum } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    active: boolean("active").notNull().default(true),
    /** argon2id hash; null until an invited user sets a password. */
    passwordHash: text("password_hash"),
    /**
     * Put in the session token at sign-in and compared on every request: sign-out, deactivation and role
     * changes bump it, so every token issued before (a copied cookie included) stops working.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set when repeated failed sign-ins lock the account; a known device or an admin lifts it. */
    lockedUntil: tstz("locked_until"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_uq").on(sql`lower(${t.email})`)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** One-time invitation links; only the token's hash is stored. */
export const userInvites = pgTable(
  "user_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("user_invites_user_idx").on(t.userId),
    index("user_invites_invited_by_idx").on(t.invitedBy),
  ],
);

/**
 * rate-limiter-flexible's PostgreSQL store (RateLimiterPostgres): one row per key, counted by a single
 * INSERT … ON CONFLICT, so concurrent attempts each see their own count. Created here, not by the library.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  /** Epoch milliseconds after which the row no longer counts (the library prunes it an hour later). */
  expire: bigint("expire", { mode: "number" }),
});
