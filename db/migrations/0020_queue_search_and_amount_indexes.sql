-- Search by a bare request number ("000010", "10"): the number part of the reference.
CREATE INDEX IF NOT EXISTS refund_requests_ref_number_idx ON refund_requests (((substring(ref from '[0-9]+$'))::bigint));
--> statement-breakpoint
-- Search by any part of a customer's name, any case.
CREATE INDEX IF NOT EXISTS customers_name_trgm_idx ON customers USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
-- Search by an order's reference names the order's requests.
CREATE INDEX IF NOT EXISTS refund_requests_order_refs_idx ON refund_requests USING gin (order_refs);
--> statement-breakpoint
-- Amounts sort within their currency: keyset paging on (currency, amount, id), per tab and over all tabs.
CREATE INDEX IF NOT EXISTS refund_requests_status_currency_amount_idx ON refund_requests (status, (coalesce(currency, '')), (coalesce(amount_requested_minor, -1)) DESC, id DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_currency_amount_idx ON refund_requests ((coalesce(currency, '')), (coalesce(amount_requested_minor, -1)) DESC, id DESC);
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_status_amount_key_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_amount_key_idx;
--> statement-breakpoint
-- "Awaiting customer, reply not sent": the few replies still drafts, by request.
CREATE INDEX IF NOT EXISTS outbound_emails_draft_request_idx ON outbound_emails (request_id) WHERE state = 'draft';
