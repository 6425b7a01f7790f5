CREATE TABLE "quality_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"verdict" text,
	"comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "quality_reviews_verdict" CHECK ("quality_reviews"."verdict" IS NULL OR "quality_reviews"."verdict" IN ('agree', 'disagree')),
	CONSTRAINT "quality_reviews_complete" CHECK (("quality_reviews"."verdict" IS NULL) = ("quality_reviews"."reviewed_by" IS NULL) AND ("quality_reviews"."verdict" IS NULL) = ("quality_reviews"."reviewed_at" IS NULL)),
	CONSTRAINT "quality_reviews_second_person" CHECK ("quality_reviews"."reviewed_by" IS NULL OR "quality_reviews"."reviewed_by" <> "quality_reviews"."decided_by"),
	CONSTRAINT "quality_reviews_disagreement_explained" CHECK ("quality_reviews"."verdict" IS DISTINCT FROM 'disagree' OR length(trim(coalesce("quality_reviews"."comment", ''))) >= 3)
);
--> statement-breakpoint
CREATE TABLE "quality_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" uuid NOT NULL,
	"criteria" jsonb NOT NULL,
	"population" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_decision_clauses_daily" (
	"day" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"clause" text NOT NULL,
	"override" boolean NOT NULL,
	"in_force" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_decision_clauses_daily_key" UNIQUE("day","decided_by","kind","clause","override","in_force")
);
--> statement-breakpoint
CREATE TABLE "report_decisions_daily" (
	"day" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"override" boolean NOT NULL,
	"in_force" boolean NOT NULL,
	"review_sla" text,
	"product_kind" text,
	"claim" "claim",
	"currency" char(3),
	"n" integer NOT NULL,
	CONSTRAINT "report_decisions_daily_key" UNIQUE NULLS NOT DISTINCT("day","decided_by","kind","override","in_force","review_sla","product_kind","claim","currency")
);
--> statement-breakpoint
CREATE TABLE "report_payouts_daily" (
	"day" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"destination" text NOT NULL,
	"sla" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_payouts_daily_key" UNIQUE("day","decided_by","destination","sla")
);
--> statement-breakpoint
CREATE TABLE "report_refunds_daily" (
	"day" date NOT NULL,
	"currency" char(3) NOT NULL,
	"destination" text NOT NULL,
	"decided_by" uuid,
	"amount_minor" bigint NOT NULL,
	"postings" integer NOT NULL,
	CONSTRAINT "report_refunds_daily_key" UNIQUE NULLS NOT DISTINCT("day","currency","destination","decided_by")
);
--> statement-breakpoint
DROP INDEX "decisions_decided_by_idx";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "rec_outcome" "policy_outcome";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "agrees" boolean;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "review_due_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "product_kind" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "claim" "claim";--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_sample_id_quality_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."quality_samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_samples" ADD CONSTRAINT "quality_samples_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_reviews_sample_decision_uq" ON "quality_reviews" USING btree ("sample_id","decision_id");--> statement-breakpoint
CREATE INDEX "quality_reviews_decision_idx" ON "quality_reviews" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "quality_reviews_decided_by_idx" ON "quality_reviews" USING btree ("decided_by","reviewed_at");--> statement-breakpoint
CREATE INDEX "quality_reviews_reviewed_by_idx" ON "quality_reviews" USING btree ("reviewed_by");--> statement-breakpoint
CREATE INDEX "quality_samples_requested_by_idx" ON "quality_samples" USING btree ("requested_by");--> statement-breakpoint
CREATE INDEX "quality_samples_created_idx" ON "quality_samples" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "report_decision_clauses_daily_day_idx" ON "report_decision_clauses_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_decisions_daily_day_idx" ON "report_decisions_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_payouts_daily_day_idx" ON "report_payouts_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_refunds_daily_day_idx" ON "report_refunds_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "decisions_created_idx" ON "decisions" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "decisions_kind_created_idx" ON "decisions" USING btree ("kind","created_at","id");--> statement-breakpoint
CREATE INDEX "decisions_override_created_idx" ON "decisions" USING btree ("created_at","id") WHERE "decisions"."override";--> statement-breakpoint
CREATE INDEX "decisions_clauses_idx" ON "decisions" USING gin ("clauses");--> statement-breakpoint
CREATE INDEX "decisions_decided_by_idx" ON "decisions" USING btree ("decided_by","created_at","id");
--> statement-breakpoint
-- Decisions recorded before these columns existed: the request's recommendation and review deadline are the best
-- record left of what they were at the time (append-only guard lifted for this backfill only, in this migration).
ALTER TABLE "decisions" DISABLE TRIGGER "decisions_no_update";--> statement-breakpoint
UPDATE "decisions" d SET
  "rec_outcome" = r."rec_outcome",
  "review_due_by" = r."review_by",
  "agrees" = CASE r."rec_outcome"
    WHEN 'approve' THEN d."kind" = 'approve'
    WHEN 'partial' THEN d."kind" = 'partial'
    WHEN 'deny' THEN d."kind" = 'deny'
    WHEN 'already_refunded' THEN d."kind" = 'deny'
    WHEN 'wait' THEN d."kind" = 'deny'
    WHEN 'needs_info' THEN d."kind" = 'request_info'
    ELSE NULL END
FROM "refund_requests" r WHERE r."id" = d."request_id";--> statement-breakpoint
ALTER TABLE "decisions" ENABLE TRIGGER "decisions_no_update";
--> statement-breakpoint
-- The audit log view: by action, by the request an entry names in its data (payouts, postings), by date; paged by id.
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action", "id");--> statement-breakpoint
CREATE INDEX "audit_log_request_idx" ON "audit_log" USING btree (("data"->>'requestId')) WHERE "data" ? 'requestId';--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
--> statement-breakpoint
CREATE INDEX "audit_log_links_request_idx" ON "audit_log" USING btree (("data"->'links'->>'requestId')) WHERE "data" ? 'links';

--> statement-breakpoint
-- Decisions recorded before product_kind and claim were kept on them: the request's are the best record left.
ALTER TABLE "decisions" DISABLE TRIGGER "decisions_no_update";--> statement-breakpoint
UPDATE "decisions" d SET "product_kind" = r."product_kind", "claim" = r."claim"
FROM "refund_requests" r WHERE r."id" = d."request_id";--> statement-breakpoint
ALTER TABLE "decisions" ENABLE TRIGGER "decisions_no_update";--> statement-breakpoint
-- SLA-REVIEW-2WD of a decision: only a request's first decision is measured against its review deadline.
CREATE FUNCTION report_review_sla(d decisions) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN d.supersedes_id IS NULL AND d.review_due_by IS NOT NULL THEN
    CASE WHEN d.created_at <= d.review_due_by THEN 'met' ELSE 'missed' END END
$$;--> statement-breakpoint
CREATE FUNCTION report_decision_bump(d decisions, in_force boolean, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_decisions_daily AS r (day, decided_by, kind, override, in_force, review_sla, product_kind, claim, currency, n)
  VALUES ((d.created_at AT TIME ZONE 'UTC')::date, d.decided_by, d.kind, d.override, in_force, report_review_sla(d),
    d.product_kind, d.claim, d.currency, delta)
  ON CONFLICT ON CONSTRAINT report_decisions_daily_key DO UPDATE SET n = r.n + EXCLUDED.n;
  INSERT INTO report_decision_clauses_daily AS r (day, decided_by, kind, clause, override, in_force, n)
  SELECT (d.created_at AT TIME ZONE 'UTC')::date, d.decided_by, d.kind, c, d.override, in_force, count(*)::int * delta
  FROM unnest(d.clauses) AS c GROUP BY c
  ON CONFLICT ON CONSTRAINT report_decision_clauses_daily_key DO UPDATE SET n = r.n + EXCLUDED.n;
END $$;--> statement-breakpoint
-- A new decision counts in force; the one it supersedes moves out of force.
CREATE FUNCTION report_decisions_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE old_d decisions;
BEGIN
  PERFORM report_decision_bump(NEW, true, 1);
  IF NEW.supersedes_id IS NOT NULL THEN
    SELECT * INTO old_d FROM decisions WHERE id = NEW.supersedes_id;
    PERFORM report_decision_bump(old_d, true, -1);
    PERFORM report_decision_bump(old_d, false, 1);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER decisions_report_rollup AFTER INSERT ON decisions FOR EACH ROW EXECUTE FUNCTION report_decisions_rollup();--> statement-breakpoint
-- SLA-BALANCE-5WD / SLA-DIRECT-1M of a decision payout once done: met or late; null while open or when it was
-- cancelled, rejected or kept on the balance (open ones past due are counted live by the report).
CREATE FUNCTION report_payout_sla(p payouts) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p.decision_id IS NULL OR p.state IN ('cancelled', 'rejected', 'on_balance') THEN NULL
    ELSE CASE WHEN (CASE p.destination WHEN 'direct' THEN p.settled_at ELSE p.credited_at END) IS NULL THEN NULL
      WHEN (CASE p.destination WHEN 'direct' THEN p.settled_at ELSE p.credited_at END) <= p.due_by THEN 'met'
      ELSE 'late' END END
$$;--> statement-breakpoint
CREATE FUNCTION report_payout_bump(p payouts, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF report_payout_sla(p) IS NULL THEN RETURN; END IF;
  INSERT INTO report_payouts_daily AS r (day, decided_by, destination, sla, n)
  SELECT (p.created_at AT TIME ZONE 'UTC')::date, d.decided_by, p.destination::text, report_payout_sla(p), delta
  FROM decisions d WHERE d.id = p.decision_id
  ON CONFLICT ON CONSTRAINT report_payouts_daily_key DO UPDATE SET n = r.n + EXCLUDED.n;
END $$;--> statement-breakpoint
CREATE FUNCTION report_payouts_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF report_payout_sla(OLD) IS NOT DISTINCT FROM report_payout_sla(NEW) AND OLD.created_at = NEW.created_at THEN
      RETURN NULL;
    END IF;
    PERFORM report_payout_bump(OLD, -1);
  END IF;
  PERFORM report_payout_bump(NEW, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER payouts_report_rollup AFTER INSERT OR UPDATE ON payouts FOR EACH ROW EXECUTE FUNCTION report_payouts_rollup();--> statement-breakpoint
-- Decision payouts still open (not credited / not settled): few, so the report counts those past due live.
CREATE INDEX "payouts_open_sla_idx" ON "payouts" USING btree ("due_by")
  WHERE "decision_id" IS NOT NULL AND "state" NOT IN ('cancelled', 'rejected', 'on_balance')
    AND (CASE "destination" WHEN 'direct' THEN "settled_at" ELSE "credited_at" END) IS NULL;--> statement-breakpoint
CREATE FUNCTION report_refunds_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.id = NEW.account_id AND a.kind = 'refunds_expense') THEN
    RETURN NULL;
  END IF;
  INSERT INTO report_refunds_daily AS r (day, currency, destination, decided_by, amount_minor, postings)
  SELECT (t.created_at AT TIME ZONE 'UTC')::date, NEW.currency, coalesce(p.destination::text, 'balance'), d.decided_by,
    NEW.amount_minor, 1
  FROM ledger_transactions t
  LEFT JOIN payouts p ON p.id = t.payout_id
  LEFT JOIN decisions d ON d.id = coalesce(t.decision_id, p.decision_id)
  WHERE t.id = NEW.transaction_id
  ON CONFLICT ON CONSTRAINT report_refunds_daily_key DO UPDATE
    SET amount_minor = r.amount_minor + EXCLUDED.amount_minor, postings = r.postings + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER ledger_entries_report_rollup AFTER INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION report_refunds_rollup();--> statement-breakpoint
-- The rollups recomputed from the tables they summarise (after a bulk load with triggers off, or to check them).
CREATE FUNCTION report_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_decisions_daily;
  DELETE FROM report_decision_clauses_daily;
  DELETE FROM report_payouts_daily;
  DELETE FROM report_refunds_daily;
  INSERT INTO report_decisions_daily (day, decided_by, kind, override, in_force, review_sla, product_kind, claim, currency, n)
  SELECT (d.created_at AT TIME ZONE 'UTC')::date, d.decided_by, d.kind, d.override,
    NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id), report_review_sla(d), d.product_kind, d.claim,
    d.currency, count(*)::int
  FROM decisions d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  INSERT INTO report_decision_clauses_daily (day, decided_by, kind, clause, override, in_force, n)
  SELECT (d.created_at AT TIME ZONE 'UTC')::date, d.decided_by, d.kind, c, d.override,
    NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id), count(*)::int
  FROM decisions d CROSS JOIN LATERAL unnest(d.clauses) AS c GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO report_payouts_daily (day, decided_by, destination, sla, n)
  SELECT (p.created_at AT TIME ZONE 'UTC')::date, d.decided_by, p.destination::text, report_payout_sla(p), count(*)::int
  FROM payouts p JOIN decisions d ON d.id = p.decision_id WHERE report_payout_sla(p) IS NOT NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO report_refunds_daily (day, currency, destination, decided_by, amount_minor, postings)
  SELECT (t.created_at AT TIME ZONE 'UTC')::date, e.currency, coalesce(p.destination::text, 'balance'), d.decided_by,
    sum(e.amount_minor), count(*)::int
  FROM ledger_entries e
  JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'refunds_expense'
  JOIN ledger_transactions t ON t.id = e.transaction_id
  LEFT JOIN payouts p ON p.id = t.payout_id
  LEFT JOIN decisions d ON d.id = coalesce(t.decision_id, p.decision_id)
  GROUP BY 1, 2, 3, 4;
END $$;--> statement-breakpoint
SELECT report_rollups_rebuild();
--> statement-breakpoint
-- The breach lists: late first decisions, and decision payouts done late or still open, newest deadline first.
CREATE INDEX "decisions_review_breach_idx" ON "decisions" USING btree ("review_due_by" DESC)
  WHERE "supersedes_id" IS NULL AND "created_at" > "review_due_by";--> statement-breakpoint
CREATE INDEX "payouts_sla_breach_idx" ON "payouts" USING btree ("destination", "due_by" DESC)
  WHERE "decision_id" IS NOT NULL AND "state" NOT IN ('cancelled', 'rejected', 'on_balance')
    AND ((CASE "destination" WHEN 'direct' THEN "settled_at" ELSE "credited_at" END) > "due_by"
      OR (CASE "destination" WHEN 'direct' THEN "settled_at" ELSE "credited_at" END) IS NULL);
