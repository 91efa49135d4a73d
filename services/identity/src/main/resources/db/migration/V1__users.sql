-- Users and their roles. Email is unique regardless of case: the index is on lower(email).
CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         varchar(254) NOT NULL,
    display_name  varchar(100) NOT NULL,
    password_hash varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    registered_at timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_display_name_lower_idx ON users (lower(display_name));

CREATE TABLE user_roles (
    user_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    varchar(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Failed sign-ins per account (key 'account:<email>') and per client address (key 'ip:<address>').
CREATE TABLE login_throttle (
    throttle_key    varchar(300) PRIMARY KEY,
    failures        integer     NOT NULL,
    window_start    timestamptz NOT NULL,
    locked_until    timestamptz
);
