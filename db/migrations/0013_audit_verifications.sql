CREATE TABLE "audit_verifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" uuid,
	"status" text NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"ok" boolean,
	"checked" integer,
	"through_id" bigint,
	"through_hash" text,
	"first_broken_id" bigint,
	"head_mismatch" boolean,
	"error" text,
	CONSTRAINT "audit_verifications_status" CHECK ("audit_verifications"."status" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "audit_verifications" ADD CONSTRAINT "audit_verifications_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_verifications_one_active" ON "audit_verifications" USING btree ((true)) WHERE "audit_verifications"."status" IN ('queued', 'running');--> statement-breakpoint
CREATE INDEX "audit_verifications_finished_idx" ON "audit_verifications" USING btree ("finished_at");