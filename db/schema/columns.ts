import { bigint, customType, timestamp } from "drizzle-orm/pg-core";

/** Raw bytes (emails, attachments) stored exactly as received. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

/** Money is integer minor units; bigint in the database, number in JS (safe below 2^53). */
export const money = (name: string) => bigint(name, { mode: "number" });

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const createdAt = () => tstz("created_at").notNull().defaultNow();
export const updatedAt = () =>
  tstz("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
