-- Each user's notifications. Ids grow per user in commit order (inserts take a per-user advisory lock), so a client
-- that has seen id n misses nothing by asking for ids above n.
CREATE TABLE notifications (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    uuid         NOT NULL,
    kind       varchar(40)  NOT NULL,
    title      varchar(200) NOT NULL,
    body       varchar(2000) NOT NULL,
    link       varchar(500),
    created_at timestamptz  NOT NULL,
    read_at    timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_user_unread ON notifications (user_id, id DESC) WHERE read_at IS NULL;
