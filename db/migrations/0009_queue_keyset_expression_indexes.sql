-- Keyset paging compares (sort key, id) as one row value; NULLs are folded into sentinels
-- (no due date = infinity, no amount = -1), and these indexes hold exactly those keys.
CREATE INDEX IF NOT EXISTS refund_requests_status_due_key_idx ON refund_requests (status, (coalesce(review_by, 'infinity'::timestamptz)), id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_due_key_idx ON refund_requests ((coalesce(review_by, 'infinity'::timestamptz)), id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_status_amount_key_idx ON refund_requests (status, (coalesce(amount_requested_minor, -1)) DESC, id DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_amount_key_idx ON refund_requests ((coalesce(amount_requested_minor, -1)) DESC, id DESC);
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_due_all_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_status_amount_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_amount_idx;
