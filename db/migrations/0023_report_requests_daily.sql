CREATE TABLE "report_requests_daily" (
	"day" date NOT NULL,
	"shard" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_requests_daily_day_shard_pk" PRIMARY KEY("day","shard")
);
--> statement-breakpoint
-- Kept in the transaction that creates a request, on one of 16 rows per day picked by the
-- connection (see 0011 for why a single counter row would serialise ingestion).
CREATE FUNCTION report_requests_daily_bump(at timestamptz, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO report_requests_daily AS d (day, shard, n)
  VALUES ((at AT TIME ZONE 'UTC')::date, pg_backend_pid() % 16, delta)
  ON CONFLICT (day, shard) DO UPDATE SET n = d.n + EXCLUDED.n
$$;
--> statement-breakpoint
-- The app never changes created_at; a data fix (or a test dating a request) moves it between days.
CREATE FUNCTION report_requests_daily_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM report_requests_daily_bump(OLD.created_at, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM report_requests_daily_bump(NEW.created_at, 1); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_requests_daily_row AFTER INSERT OR DELETE OR UPDATE OF created_at ON refund_requests
  FOR EACH ROW EXECUTE FUNCTION report_requests_daily_track();
--> statement-breakpoint
-- TRUNCATE bypasses row triggers (tests reset tables with it): the counts start again from zero.
CREATE FUNCTION report_requests_daily_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_requests_daily;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_requests_daily_truncate AFTER TRUNCATE ON refund_requests
  FOR EACH STATEMENT EXECUTE FUNCTION report_requests_daily_reset();
--> statement-breakpoint
-- report_rollups_rebuild() rebuilds this rollup too: the one of 0020 keeps the other four.
ALTER FUNCTION report_rollups_rebuild() RENAME TO report_rollups_rebuild_decisions_and_money;
--> statement-breakpoint
CREATE FUNCTION report_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_rollups_rebuild_decisions_and_money();
  DELETE FROM report_requests_daily;
  INSERT INTO report_requests_daily (day, shard, n)
  SELECT (created_at AT TIME ZONE 'UTC')::date, 0, count(*)::int FROM refund_requests GROUP BY 1;
END $$;
--> statement-breakpoint
-- The requests stored so far, counted once.
INSERT INTO report_requests_daily (day, shard, n)
  SELECT (created_at AT TIME ZONE 'UTC')::date, 0, count(*)::int FROM refund_requests GROUP BY 1;
