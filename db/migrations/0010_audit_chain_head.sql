CREATE TABLE "audit_chain_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_single_row" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
-- Entries written before this migration keep hash version 1; new ones are version 2.
ALTER TABLE "audit_log" ADD COLUMN "hash_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash_version" SET DEFAULT 2;--> statement-breakpoint
-- The chain continues from the newest existing entry (or the genesis hash).
INSERT INTO "audit_chain_head" ("id", "prev_hash", "hash")
SELECT 1, coalesce(l.prev_hash, repeat('0', 64)), coalesce(l.hash, repeat('0', 64))
FROM (SELECT 1) AS one LEFT JOIN (SELECT prev_hash, hash FROM "audit_log" ORDER BY id DESC LIMIT 1) AS l ON true;
