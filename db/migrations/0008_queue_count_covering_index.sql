-- Tab counts under filters read this narrow index instead of the wide heap (index-only scan):
-- every column a queue filter tests is carried in it.
CREATE INDEX IF NOT EXISTS refund_requests_filter_cover_idx ON refund_requests (status)
  INCLUDE (product_kind, rec_outcome, currency, review_by, assignee_id, amount_requested_minor, received_at, rec_clauses);
