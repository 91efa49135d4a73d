-- Events waiting to be published (published_at null) and, until retention runs out, published ones.
CREATE TABLE emporium_outbox (
    id              uuid PRIMARY KEY,
    routing_key     text        NOT NULL,
    type            text        NOT NULL,
    source          text        NOT NULL,
    subject         text,
    payload         jsonb       NOT NULL,
    headers         jsonb       NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    published_at    timestamptz
);
CREATE INDEX emporium_outbox_pending ON emporium_outbox (created_at) WHERE published_at IS NULL;
CREATE INDEX emporium_outbox_published ON emporium_outbox (published_at) WHERE published_at IS NOT NULL;

-- Event ids each consumer (<service>.<purpose>) has applied: a second insert means "already done".
CREATE TABLE emporium_inbox (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX emporium_inbox_processed_at ON emporium_inbox (processed_at);
