CREATE TYPE "public"."claim" AS ENUM('number_not_working', 'operator_blocked', 'order_not_completed', 'number_not_provided', 'provider_fault', 'sms_not_received', 'specific_service_sms_failure', 'caller_id_unavailable', 'changed_mind', 'accidental_topup', 'voluntary_disconnect', 'unused_balance', 'misunderstanding', 'other');--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('approve', 'partial', 'deny', 'request_info');--> statement-breakpoint
CREATE TYPE "public"."destination" AS ENUM('balance', 'direct');--> statement-breakpoint
CREATE TYPE "public"."email_channel" AS ENUM('imap', 'webhook', 'upload', 'cli', 'seed');--> statement-breakpoint
CREATE TYPE "public"."inbound_state" AS ENUM('received', 'processed', 'quarantined', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."kyc_state" AS ENUM('not_required', 'pending', 'verified', 'refused');--> statement-breakpoint
CREATE TYPE "public"."ledger_account_kind" AS ENUM('customer_balance', 'refund_expense', 'payout_clearing', 'customer_funds');--> statement-breakpoint
CREATE TYPE "public"."not_provided_cause" AS ENUM('beyond_control', 'fulfilment_failure');--> statement-breakpoint
CREATE TYPE "public"."order_kind" AS ENUM('rented_number', 'disposable_number', 'caller_id', 'topup');--> statement-breakpoint
CREATE TYPE "public"."order_label" AS ENUM('for_registration');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('active', 'disconnected_by_client', 'deleted_by_client', 'blocked_by_operator', 'not_provided');--> statement-breakpoint
CREATE TYPE "public"."outage_cause" AS ENUM('local_provider', 'operator', 'company', 'client', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."outbound_state" AS ENUM('draft', 'queued', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."policy_outcome" AS ENUM('approve', 'partial', 'deny', 'needs_info', 'wait', 'already_refunded', 'manual_review');--> statement-breakpoint
CREATE TYPE "public"."payment_detail_kind" AS ENUM('card', 'iban', 'bank_account', 'paypal', 'crypto', 'other');--> statement-breakpoint
CREATE TYPE "public"."payment_method_type" AS ENUM('card', 'paypal', 'bank_transfer', 'crypto', 'balance_voucher', 'other');--> statement-breakpoint
CREATE TYPE "public"."payout_state" AS ENUM('pending', 'processing', 'paid', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('awaiting_customer', 'to_review', 'decided', 'paid', 'closed');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('reviewer', 'manager', 'admin');--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_invites_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_ref" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	"kyc" "kyc_state" DEFAULT 'not_required' NOT NULL,
	"fraud" boolean DEFAULT false NOT NULL,
	"complaint" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_account_ref_unique" UNIQUE("account_ref"),
	CONSTRAINT "customers_currency_iso" CHECK ("customers"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payment_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"type" "payment_method_type" NOT NULL,
	"label" text NOT NULL,
	"supports_refund" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_outages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"cause" "outage_cause" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "number_outages_resolved_after" CHECK ("number_outages"."resolved_at" IS NULL OR "number_outages"."resolved_at" >= "number_outages"."reported_at")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"payment_method_id" uuid,
	"kind" "order_kind" NOT NULL,
	"label" "order_label",
	"service_name" text NOT NULL,
	"phone_number" text,
	"country" char(2),
	"city" text,
	"paid_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"status" "order_status" DEFAULT 'active' NOT NULL,
	"status_at" timestamp with time zone,
	"not_provided_cause" "not_provided_cause",
	"restrictions_ignored" boolean DEFAULT false NOT NULL,
	"kyc_required" boolean DEFAULT false NOT NULL,
	"replacement_available" boolean DEFAULT true NOT NULL,
	"activated_at" timestamp with time zone,
	"auto_refunded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_ref_unique" UNIQUE("ref"),
	CONSTRAINT "orders_paid_nonneg" CHECK ("orders"."paid_minor" >= 0),
	CONSTRAINT "orders_period_order" CHECK ("orders"."period_end" >= "orders"."period_start"),
	CONSTRAINT "orders_currency_iso" CHECK ("orders"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "orders_not_provided_cause" CHECK (("orders"."status" = 'not_provided') = ("orders"."not_provided_cause" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "sms_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"sender" text NOT NULL,
	"body" text NOT NULL,
	"shown_in_table" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"engine_version" text NOT NULL,
	"calendar" jsonb NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refund_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" text NOT NULL,
	"customer_id" uuid,
	"order_id" uuid,
	"status" "request_status" NOT NULL,
	"from_address" text NOT NULL,
	"subject" text NOT NULL,
	"service_name" text,
	"product_kind" text,
	"claim" "claim" DEFAULT 'other' NOT NULL,
	"reason_text" text,
	"amount_requested_minor" bigint,
	"currency" char(3),
	"direct_requested" boolean DEFAULT false NOT NULL,
	"payment_detail_kind" "payment_detail_kind",
	"payment_detail_masked" text,
	"payment_detail_sealed" text,
	"phone_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"order_refs" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" char(2),
	"missing" text[] DEFAULT '{}'::text[] NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"review_by" timestamp with time zone,
	"assignee_id" uuid,
	"rec_outcome" "policy_outcome",
	"rec_amount_minor" bigint,
	"rec_destination" "destination",
	"rec_clauses" text[] DEFAULT '{}'::text[] NOT NULL,
	"customer_matched" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"search_text" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refund_requests_ref_unique" UNIQUE("ref"),
	CONSTRAINT "refund_requests_amount_nonneg" CHECK ("refund_requests"."amount_requested_minor" IS NULL OR "refund_requests"."amount_requested_minor" >= 0),
	CONSTRAINT "refund_requests_rec_amount_nonneg" CHECK ("refund_requests"."rec_amount_minor" IS NULL OR "refund_requests"."rec_amount_minor" >= 0),
	CONSTRAINT "refund_requests_ref_format" CHECK ("refund_requests"."ref" ~ '^RR-[0-9]{4}-[0-9]{6,}$')
);
--> statement-breakpoint
CREATE TABLE "email_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" "email_channel" NOT NULL,
	"raw" "bytea" NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"message_id" text,
	"in_reply_to" text,
	"references" text[] DEFAULT '{}'::text[] NOT NULL,
	"from_address" text,
	"from_name" text,
	"subject" text,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"body_text" text,
	"body_html" text,
	"extraction" jsonb,
	"state" "inbound_state" DEFAULT 'received' NOT NULL,
	"quarantine_reason" text,
	"quarantine_detail" text,
	"request_id" uuid,
	"imap_uid" bigint,
	"handled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_emails_size_nonneg" CHECK ("inbound_emails"."size_bytes" >= 0),
	CONSTRAINT "inbound_emails_quarantine_reason" CHECK (("inbound_emails"."state" = 'quarantined') <= ("inbound_emails"."quarantine_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "outbound_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"state" "outbound_state" DEFAULT 'draft' NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"message_id" text NOT NULL,
	"in_reply_to" text,
	"references" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"sent_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbound_emails_message_id_unique" UNIQUE("message_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"amount_minor" bigint,
	"currency" char(3),
	"destination" "destination",
	"clauses" text[] NOT NULL,
	"note" text NOT NULL,
	"override" boolean DEFAULT false NOT NULL,
	"justification" text,
	"alternative_method" text,
	"supersedes_id" uuid,
	"idempotency_key" text NOT NULL,
	"evaluation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "decisions_amount_nonneg" CHECK ("decisions"."amount_minor" IS NULL OR "decisions"."amount_minor" >= 0),
	CONSTRAINT "decisions_override_justified" CHECK (NOT "decisions"."override" OR coalesce(length("decisions"."justification"), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE "payout_instructions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"destination" "destination" NOT NULL,
	"alternative_method" text,
	"due_by" timestamp with time zone NOT NULL,
	"state" "payout_state" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "payout_instructions_amount_pos" CHECK ("payout_instructions"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "ledger_account_kind" NOT NULL,
	"customer_id" uuid,
	"currency" char(3) NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transaction_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"seq" bigint,
	CONSTRAINT "ledger_entries_nonzero" CHECK ("ledger_entries"."amount_minor" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid,
	"description" text NOT NULL,
	"created_by" uuid,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_transactions_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD CONSTRAINT "payment_methods_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_outages" ADD CONSTRAINT "number_outages_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_id_payment_methods_id_fk" FOREIGN KEY ("payment_method_id") REFERENCES "public"."payment_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_evaluations" ADD CONSTRAINT "policy_evaluations_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD CONSTRAINT "refund_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD CONSTRAINT "refund_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD CONSTRAINT "refund_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_attachments" ADD CONSTRAINT "email_attachments_email_id_inbound_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."inbound_emails"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_supersedes_id_decisions_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_instructions" ADD CONSTRAINT "payout_instructions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_instructions" ADD CONSTRAINT "payout_instructions_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transaction_id_ledger_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_at_idx" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_at_idx" ON "sign_in_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "user_invites_user_idx" ON "user_invites" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_invites_invited_by_idx" ON "user_invites" USING btree ("invited_by");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "customers_email_lower_uq" ON "customers" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "payment_methods_customer_idx" ON "payment_methods" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "number_outages_order_idx" ON "number_outages" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "orders_payment_method_idx" ON "orders" USING btree ("payment_method_id");--> statement-breakpoint
CREATE INDEX "orders_phone_idx" ON "orders" USING btree ("phone_number");--> statement-breakpoint
CREATE INDEX "sms_messages_order_idx" ON "sms_messages" USING btree ("order_id","received_at");--> statement-breakpoint
CREATE INDEX "policy_evaluations_request_idx" ON "policy_evaluations" USING btree ("request_id","evaluated_at");--> statement-breakpoint
CREATE INDEX "refund_requests_customer_idx" ON "refund_requests" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "refund_requests_order_idx" ON "refund_requests" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "refund_requests_assignee_idx" ON "refund_requests" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "refund_requests_status_due_idx" ON "refund_requests" USING btree ("status","review_by","id");--> statement-breakpoint
CREATE INDEX "refund_requests_status_received_idx" ON "refund_requests" USING btree ("status","received_at","id");--> statement-breakpoint
CREATE INDEX "refund_requests_search_idx" ON "refund_requests" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "email_attachments_email_idx" ON "email_attachments" USING btree ("email_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_emails_dedupe_uq" ON "inbound_emails" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "inbound_emails_request_idx" ON "inbound_emails" USING btree ("request_id","received_at");--> statement-breakpoint
CREATE INDEX "inbound_emails_state_idx" ON "inbound_emails" USING btree ("state");--> statement-breakpoint
CREATE INDEX "inbound_emails_message_id_idx" ON "inbound_emails" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "inbound_emails_handled_by_idx" ON "inbound_emails" USING btree ("handled_by");--> statement-breakpoint
CREATE INDEX "outbound_emails_request_idx" ON "outbound_emails" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "outbound_emails_state_idx" ON "outbound_emails" USING btree ("state");--> statement-breakpoint
CREATE INDEX "outbound_emails_created_by_idx" ON "outbound_emails" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "decisions_request_idx" ON "decisions" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_decided_by_idx" ON "decisions" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "decisions_supersedes_idx" ON "decisions" USING btree ("supersedes_id");--> statement-breakpoint
CREATE INDEX "payout_instructions_decision_idx" ON "payout_instructions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "payout_instructions_request_idx" ON "payout_instructions" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "payout_instructions_state_due_idx" ON "payout_instructions" USING btree ("state","due_by");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_kind_customer_currency_uq" ON "ledger_accounts" USING btree ("kind","customer_id","currency");--> statement-breakpoint
CREATE INDEX "ledger_accounts_customer_idx" ON "ledger_accounts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_transaction_idx" ON "ledger_entries" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_request_idx" ON "ledger_transactions" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_created_by_idx" ON "ledger_transactions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");