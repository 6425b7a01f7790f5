import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex, uuid, bigserial } from "drizzle-orm/pg-core";
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

/** Every sign-in attempt, for per-account and per-IP rate limiting. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_at_idx").on(t.email, t.at),
    index("sign_in_attempts_ip_at_idx").on(t.ip, t.at),
  ],
);
