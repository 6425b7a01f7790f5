CREATE TYPE "public"."approval_stage" AS ENUM('before_credit', 'before_send');--> statement-breakpoint
CREATE TYPE "public"."attention_kind" AS ENUM('payout_failed', 'approval_rejected', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."ledger_transaction_kind" AS ENUM('balance_credit', 'automatic_refund', 'direct_credit', 'payout_sent', 'payout_settled', 'payout_failed', 'reversal', 'recovery', 'opening_balance');--> statement-breakpoint
CREATE TYPE "public"."payout_source" AS ENUM('decision', 'automatic', 'top_up');--> statement-breakpoint
CREATE TABLE "decision_reopenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"reopened_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_reopenings_reason" CHECK (length(trim("decision_reopenings"."reason")) >= 3)
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ok" boolean NOT NULL,
	"report" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payout_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_state" "payout_state",
	"to_state" "payout_state" NOT NULL,
	"actor_id" uuid,
	"actor_job" text,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "payouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" "payout_source" NOT NULL,
	"decision_id" uuid,
	"request_id" uuid,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"destination" "destination" NOT NULL,
	"alternative_method" text,
	"alternative_details_sealed" text,
	"alternative_details_masked" text,
	"state" "payout_state" DEFAULT 'pending' NOT NULL,
	"due_by" timestamp with time zone NOT NULL,
	"approval_stage" "approval_stage",
	"approval_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"approval_by" uuid,
	"approval_at" timestamp with time zone,
	"approval_approved" boolean,
	"approval_note" text,
	"attempt" integer DEFAULT 0 NOT NULL,
	"provider" text,
	"provider_refund_id" text,
	"failure_reason" text,
	"reversed_minor" bigint DEFAULT 0 NOT NULL,
	"credited_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payouts_amount_pos" CHECK ("payouts"."amount_minor" > 0),
	CONSTRAINT "payouts_reversed_range" CHECK ("payouts"."reversed_minor" >= 0 AND "payouts"."reversed_minor" <= "payouts"."amount_minor"),
	CONSTRAINT "payouts_currency_iso" CHECK ("payouts"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payouts_source_links" CHECK (("payouts"."source" = 'automatic') = ("payouts"."decision_id" IS NULL)),
	CONSTRAINT "payouts_automatic_to_balance" CHECK ("payouts"."source" <> 'automatic' OR "payouts"."destination" = 'balance')
);
--> statement-breakpoint
CREATE TABLE "provider_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"payout_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_transactions" DROP CONSTRAINT "ledger_transactions_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "ledger_accounts" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."ledger_account_kind";--> statement-breakpoint
CREATE TYPE "public"."ledger_account_kind" AS ENUM('customer_balance', 'refunds_expense', 'provider_clearing', 'company_cash', 'recovery_receivable', 'opening_balance');--> statement-breakpoint
ALTER TABLE "ledger_accounts" ALTER COLUMN "kind" SET DATA TYPE "public"."ledger_account_kind" USING "kind"::"public"."ledger_account_kind";--> statement-breakpoint
DROP INDEX "ledger_accounts_kind_customer_currency_uq";--> statement-breakpoint
DROP INDEX "ledger_transactions_created_by_idx";--> statement-breakpoint
DROP INDEX "ledger_entries_account_idx";--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "provider" text DEFAULT 'sandbox' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "payment_ref" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "refund_committed_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "refunded_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "attention" "attention_kind";--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "attention_note" text;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD COLUMN "provider" text;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD COLUMN "balance_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "kind" "ledger_transaction_kind" NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "order_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "payout_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "corrects_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "actor_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD COLUMN "actor_job" text;--> statement-breakpoint
ALTER TABLE "decision_reopenings" ADD CONSTRAINT "decision_reopenings_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_reopenings" ADD CONSTRAINT "decision_reopenings_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_reopenings" ADD CONSTRAINT "decision_reopenings_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_events" ADD CONSTRAINT "payout_events_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_events" ADD CONSTRAINT "payout_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_approval_by_users_id_fk" FOREIGN KEY ("approval_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_events" ADD CONSTRAINT "provider_events_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_reopenings_request_idx" ON "decision_reopenings" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "decision_reopenings_decision_idx" ON "decision_reopenings" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_reopenings_reopened_by_idx" ON "decision_reopenings" USING btree ("reopened_by");--> statement-breakpoint
CREATE INDEX "job_runs_job_idx" ON "job_runs" USING btree ("job","started_at");--> statement-breakpoint
CREATE INDEX "payout_events_payout_idx" ON "payout_events" USING btree ("payout_id","id");--> statement-breakpoint
CREATE INDEX "payout_events_actor_idx" ON "payout_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "payouts_decision_idx" ON "payouts" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "payouts_request_idx" ON "payouts" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "payouts_order_idx" ON "payouts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "payouts_customer_idx" ON "payouts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payouts_approval_by_idx" ON "payouts" USING btree ("approval_by");--> statement-breakpoint
CREATE INDEX "payouts_state_due_idx" ON "payouts" USING btree ("state","due_by");--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_one_automatic_per_order_uq" ON "payouts" USING btree ("order_id") WHERE "payouts"."source" = 'automatic';--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_corrects_id_ledger_transactions_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_transactions_order_idx" ON "ledger_transactions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_customer_idx" ON "ledger_transactions" USING btree ("customer_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_transactions_decision_idx" ON "ledger_transactions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_payout_idx" ON "ledger_transactions" USING btree ("payout_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_corrects_idx" ON "ledger_transactions" USING btree ("corrects_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_actor_idx" ON "ledger_transactions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id","id");--> statement-breakpoint
ALTER TABLE "ledger_accounts" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "ledger_entries" DROP COLUMN "seq";--> statement-breakpoint
ALTER TABLE "ledger_transactions" DROP COLUMN "created_by";--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_identity_uq" UNIQUE NULLS NOT DISTINCT("kind","customer_id","provider","currency");--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_seq_unique" UNIQUE("seq");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_refund_committed_cap" CHECK ("orders"."refund_committed_minor" >= 0 AND "orders"."refund_committed_minor" <= "orders"."paid_minor");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_refunded_cap" CHECK ("orders"."refunded_minor" >= 0 AND "orders"."refunded_minor" <= "orders"."paid_minor");--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_currency_iso" CHECK ("ledger_accounts"."currency" ~ '^[A-Z]{3}$');--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_owner" CHECK (("ledger_accounts"."kind" = 'customer_balance') = ("ledger_accounts"."customer_id" IS NOT NULL)
        AND ("ledger_accounts"."kind" IN ('provider_clearing', 'company_cash')) = ("ledger_accounts"."provider" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_customer_not_negative" CHECK ("ledger_accounts"."kind" <> 'customer_balance' OR "ledger_accounts"."balance_minor" <= 0);--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_actor" CHECK (("ledger_transactions"."actor_id" IS NOT NULL) <> ("ledger_transactions"."actor_job" IS NOT NULL));--> statement-breakpoint
-- Approvals recorded before money moved were left as payout_instructions rows in "pending". Those tied to
-- a paid order, in its currency and within what was paid for it (oldest first), become pending payouts
-- that the job runner books. The others (no order linked, another currency, or above the order's price:
-- the holes this migration closes) are not paid: their requests go back to the queue to be decided again.
WITH candidates AS (
  SELECT pi.*, r.order_id AS r_order_id, o.customer_id AS o_customer_id, o.paid_minor, o.currency AS o_currency,
         sum(pi.amount_minor) OVER (PARTITION BY o.id ORDER BY pi.created_at, pi.id) AS running
  FROM payout_instructions pi
  JOIN refund_requests r ON r.id = pi.request_id
  JOIN orders o ON o.id = r.order_id
  WHERE pi.state = 'pending' AND o.currency = pi.currency
)
INSERT INTO payouts (id, source, decision_id, request_id, order_id, customer_id, amount_minor, currency, destination,
                     alternative_method, state, due_by, created_at)
SELECT id, 'decision', decision_id, request_id, r_order_id, o_customer_id, amount_minor, currency, destination,
       alternative_method, 'pending', due_by, created_at
FROM candidates WHERE running <= paid_minor;
--> statement-breakpoint
INSERT INTO payout_events (payout_id, at, from_state, to_state, actor_job, note)
SELECT id, created_at, NULL, 'pending', 'migration', 'Approved before payouts were booked; carried over to be booked by the job runner'
FROM payouts;
--> statement-breakpoint
UPDATE refund_requests r SET status = 'to_review', attention = 'reopened',
  attention_note = 'Approved before refunds were paid out, but the approval cannot be paid as recorded (no order linked, another currency, or more than remains refundable on the order). Decide again.',
  version = r.version + 1
WHERE r.id IN (SELECT pi.request_id FROM payout_instructions pi WHERE pi.state = 'pending' AND pi.id NOT IN (SELECT id FROM payouts));
--> statement-breakpoint
DROP TABLE "payout_instructions" CASCADE;
--> statement-breakpoint
ALTER TABLE "payout_events" ALTER COLUMN "from_state" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "payout_events" ALTER COLUMN "to_state" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "payouts" ALTER COLUMN "state" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "payouts" ALTER COLUMN "state" SET DEFAULT 'pending'::text;--> statement-breakpoint
DROP TYPE "public"."payout_state";--> statement-breakpoint
CREATE TYPE "public"."payout_state" AS ENUM('pending', 'awaiting_approval', 'ready', 'credited', 'sent', 'settled', 'failed', 'on_balance', 'rejected', 'cancelled');--> statement-breakpoint
ALTER TABLE "payout_events" ALTER COLUMN "from_state" SET DATA TYPE "public"."payout_state" USING "from_state"::"public"."payout_state";--> statement-breakpoint
ALTER TABLE "payout_events" ALTER COLUMN "to_state" SET DATA TYPE "public"."payout_state" USING "to_state"::"public"."payout_state";--> statement-breakpoint
ALTER TABLE "payouts" ALTER COLUMN "state" SET DEFAULT 'pending'::"public"."payout_state";--> statement-breakpoint
ALTER TABLE "payouts" ALTER COLUMN "state" SET DATA TYPE "public"."payout_state" USING "state"::"public"."payout_state";--> statement-breakpoint
UPDATE orders o SET refund_committed_minor = p.total
FROM (SELECT order_id, sum(amount_minor) AS total FROM payouts GROUP BY order_id) p WHERE p.order_id = o.id;
--> statement-breakpoint
-- The ledger guards itself (money-spec.md). Postings are immutable: corrections are new transactions.
CREATE OR REPLACE FUNCTION money_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % refused: money records are append-only (post a correcting transaction instead)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_immutable BEFORE UPDATE OR DELETE ON ledger_transactions FOR EACH ROW EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_no_truncate BEFORE TRUNCATE ON ledger_transactions FOR EACH STATEMENT EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_immutable BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries FOR EACH STATEMENT EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER payout_events_immutable BEFORE UPDATE OR DELETE ON payout_events FOR EACH ROW EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER payout_events_no_truncate BEFORE TRUNCATE ON payout_events FOR EACH STATEMENT EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER payouts_no_delete BEFORE DELETE ON payouts FOR EACH ROW EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER payouts_no_truncate BEFORE TRUNCATE ON payouts FOR EACH STATEMENT EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
CREATE TRIGGER provider_events_immutable BEFORE UPDATE OR DELETE ON provider_events FOR EACH ROW EXECUTE FUNCTION money_refuse_change();
--> statement-breakpoint
-- Cached totals (account balances, a customer's balance, an order's refunded and committed sums) change only
-- inside the triggers below, never by a direct UPDATE: a trigger nested in a trigger runs at depth 2.
CREATE OR REPLACE FUNCTION money_totals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'cached money totals on % change only with the ledger postings and payouts that make them', TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_accounts_totals_guard BEFORE UPDATE ON ledger_accounts FOR EACH ROW EXECUTE FUNCTION money_totals_guard();
--> statement-breakpoint
CREATE TRIGGER orders_refund_totals_guard BEFORE UPDATE ON orders FOR EACH ROW
  WHEN (OLD.refunded_minor IS DISTINCT FROM NEW.refunded_minor OR OLD.refund_committed_minor IS DISTINCT FROM NEW.refund_committed_minor)
  EXECUTE FUNCTION money_totals_guard();
--> statement-breakpoint
CREATE TRIGGER customers_balance_guard BEFORE UPDATE ON customers FOR EACH ROW
  WHEN (OLD.balance_minor IS DISTINCT FROM NEW.balance_minor)
  EXECUTE FUNCTION money_totals_guard();
--> statement-breakpoint
-- Each entry moves its account's cached balance (the customer_balance check refuses a balance below zero),
-- mirrors a customer's balance in the account's own currency onto customers.balance_minor, and counts
-- refunds_expense against the order it refunds (the orders_refunded_cap check refuses over-refunding).
CREATE OR REPLACE FUNCTION ledger_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a ledger_accounts%ROWTYPE;
  refunded_order uuid;
BEGIN
  UPDATE ledger_accounts SET balance_minor = balance_minor + NEW.amount_minor WHERE id = NEW.account_id RETURNING * INTO a;
  IF a.currency IS DISTINCT FROM NEW.currency THEN
    RAISE EXCEPTION 'entry in % on an account kept in %', NEW.currency, a.currency USING ERRCODE = 'check_violation';
  END IF;
  IF a.kind = 'customer_balance' THEN
    UPDATE customers SET balance_minor = -a.balance_minor WHERE id = a.customer_id AND currency = a.currency;
  ELSIF a.kind = 'refunds_expense' THEN
    SELECT order_id INTO refunded_order FROM ledger_transactions WHERE id = NEW.transaction_id;
    IF refunded_order IS NULL THEN
      RAISE EXCEPTION 'a refund must name the order it refunds' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE orders SET refunded_minor = refunded_minor + NEW.amount_minor WHERE id = refunded_order;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_apply BEFORE INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply();
--> statement-breakpoint
-- At commit: every transaction has at least two entries and sums to zero in each currency.
CREATE OR REPLACE FUNCTION ledger_transaction_balanced(tx_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  bad record;
BEGIN
  SELECT count(*) INTO n FROM ledger_entries WHERE transaction_id = tx_id;
  IF n < 2 THEN
    RAISE EXCEPTION 'ledger transaction % has % entries; a posting needs at least two', tx_id, n USING ERRCODE = 'check_violation';
  END IF;
  SELECT currency, sum(amount_minor) AS total INTO bad FROM ledger_entries WHERE transaction_id = tx_id
    GROUP BY currency HAVING sum(amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance in %: entries sum to %', tx_id, bad.currency, bad.total
      USING ERRCODE = 'check_violation';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ledger_entries_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_transaction_balanced(NEW.transaction_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ledger_transactions_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_transaction_balanced(NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entries_balanced();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_transactions_balanced AFTER INSERT ON ledger_transactions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transactions_balanced();
--> statement-breakpoint
-- The cap on payouts: what each payout holds or moves (net of reversals) counts against its order, so two
-- approvals on one order cannot together exceed what was paid (orders_refund_committed_cap). A payout's
-- order, amount and currency never change, and its state only moves along the payout state machine.
CREATE OR REPLACE FUNCTION payout_committed_minor(p payouts) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p.state IN ('pending', 'awaiting_approval', 'ready', 'credited', 'sent', 'settled', 'failed', 'on_balance')
    THEN p.amount_minor - p.reversed_minor ELSE 0 END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION payouts_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta bigint;
  order_currency char(3);
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT currency INTO order_currency FROM orders WHERE id = NEW.order_id;
    IF order_currency IS DISTINCT FROM NEW.currency THEN
      RAISE EXCEPTION 'a refund is paid in the currency of the order (%), not %', order_currency, NEW.currency USING ERRCODE = 'check_violation';
    END IF;
    delta := payout_committed_minor(NEW);
  ELSE
    IF NEW.order_id <> OLD.order_id OR NEW.amount_minor <> OLD.amount_minor OR NEW.currency <> OLD.currency
       OR NEW.customer_id <> OLD.customer_id OR NEW.destination <> OLD.destination THEN
      RAISE EXCEPTION 'a payout''s order, customer, amount, currency and destination never change' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state <> OLD.state AND NOT (OLD.state::text || '>' || NEW.state::text = ANY (ARRAY[
      'pending>awaiting_approval', 'pending>ready', 'pending>credited', 'pending>cancelled',
      'awaiting_approval>pending', 'awaiting_approval>ready', 'awaiting_approval>rejected',
      'awaiting_approval>on_balance', 'awaiting_approval>cancelled',
      'ready>sent', 'ready>on_balance',
      'sent>settled', 'sent>failed',
      'failed>ready', 'failed>on_balance'])) THEN
      RAISE EXCEPTION 'payout % cannot move from % to %', NEW.id, OLD.state, NEW.state USING ERRCODE = 'check_violation';
    END IF;
    delta := payout_committed_minor(NEW) - payout_committed_minor(OLD);
  END IF;
  IF delta <> 0 THEN
    UPDATE orders SET refund_committed_minor = refund_committed_minor + delta WHERE id = NEW.order_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER payouts_commit AFTER INSERT OR UPDATE ON payouts FOR EACH ROW EXECUTE FUNCTION payouts_commit();
