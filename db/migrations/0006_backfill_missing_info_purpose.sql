-- Only the ingestion pipeline writes outbound mail without an author (created_by IS NULL), and all of it is the
-- REQ-INCOMPLETE "missing information" request; decision replies always carry the deciding user.
UPDATE "outbound_emails" SET "purpose" = 'missing_info' WHERE "purpose" IS NULL AND "created_by" IS NULL;
