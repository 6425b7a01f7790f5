-- The tab counters were one row per status: every transaction creating a request updated the same
-- row and held its lock until commit, so concurrent ingestion queued on it. Each status now has 16
-- counter rows, picked by the writing connection; readers sum them. A shard may go below zero (a
-- request counted up by one connection and moved on by another); the sum per status cannot.
ALTER TABLE request_status_counts DROP CONSTRAINT IF EXISTS request_status_counts_n_check;
--> statement-breakpoint
ALTER TABLE request_status_counts DROP CONSTRAINT request_status_counts_pkey;
--> statement-breakpoint
ALTER TABLE request_status_counts ADD COLUMN shard smallint NOT NULL DEFAULT 0 CHECK (shard BETWEEN 0 AND 15);
--> statement-breakpoint
ALTER TABLE request_status_counts ADD PRIMARY KEY (status, shard);
--> statement-breakpoint
INSERT INTO request_status_counts (status, shard, n)
  SELECT s, g, 0 FROM unnest(enum_range(NULL::request_status)) AS s, generate_series(0, 15) AS g
  ON CONFLICT (status, shard) DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION request_status_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  my_shard smallint := pg_backend_pid() % 16;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status AND shard = my_shard;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status AND shard = my_shard;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Finding the stored reply that quotes a new message's id searches "references" on every email:
-- without the GIN pending list, that search no longer rescans every recent insert.
ALTER INDEX inbound_emails_references_idx SET (fastupdate = off);
