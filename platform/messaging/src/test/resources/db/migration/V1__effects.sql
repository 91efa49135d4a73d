-- The test service's own table: one row per applied event.
CREATE TABLE effects (
    id       bigserial PRIMARY KEY,
    thing_id text NOT NULL,
    event_id uuid NOT NULL
);
