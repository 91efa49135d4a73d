-- A relay claims a batch by setting claimed_until (a lease, committed at once) and publishes outside any
-- transaction; a relay that dies mid-batch leaves rows that another relay takes over when the lease runs out.
-- refusals counts the attempts that failed for the row's own sake (broker refusal, unreadable row), not for a missing
-- connection; failed_at parks a row whose refusals reached the limit: it is no longer retried until someone replays it (docs/messaging.md).
ALTER TABLE emporium_outbox
    ADD COLUMN claimed_until timestamptz,
    ADD COLUMN failed_at     timestamptz,
    ADD COLUMN refusals      integer NOT NULL DEFAULT 0;
DROP INDEX emporium_outbox_pending;
CREATE INDEX emporium_outbox_pending ON emporium_outbox (created_at) WHERE published_at IS NULL AND failed_at IS NULL;
CREATE INDEX emporium_outbox_failed ON emporium_outbox (failed_at) WHERE failed_at IS NOT NULL;
