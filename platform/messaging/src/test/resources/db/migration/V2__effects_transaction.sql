-- Which transaction applied each effect, so BatchConsumerIT can tell a batch from single-message transactions.
ALTER TABLE effects ADD COLUMN tx bigint NOT NULL DEFAULT txid_current();
