import { pgTable, text } from "drizzle-orm/pg-core";
import { tstz } from "./columns";

/** Signatures already accepted, so a captured request cannot be replayed. */
export const webhookReplays = pgTable("webhook_replays", {
  signature: text("signature").primaryKey(),
  seenAt: tstz("seen_at").notNull().defaultNow(),
});
