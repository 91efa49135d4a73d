-- One-time tickets for opening a live connection (the WebSocket URL carries the ticket, never the access token).
-- Kept in PostgreSQL so every replica can redeem a ticket another one issued. Only the SHA-256 of a ticket is stored.
CREATE TABLE live_tickets (
    ticket_hash      varchar(64) PRIMARY KEY,
    user_id          uuid        NOT NULL,
    token_expires_at timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL
);
CREATE INDEX live_tickets_expires_at ON live_tickets (expires_at);
