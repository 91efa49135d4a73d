-- Reservations are saved like the other aggregates (ADR 0003): insert when new, else an update guarded by the
-- version, so two releases of one order racing each other cannot both put its stock back.
ALTER TABLE stock_reservations ADD COLUMN version bigint NOT NULL DEFAULT 0;
