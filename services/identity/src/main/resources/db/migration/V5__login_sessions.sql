-- Spring Session JDBC's tables (its schema-postgresql.sql, under the table name set in application.yml):
-- the sign-in form's HTTP sessions, shared by every identity replica.
CREATE TABLE login_sessions (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT login_sessions_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX login_sessions_ix1 ON login_sessions (session_id);
CREATE INDEX login_sessions_ix2 ON login_sessions (expiry_time);
CREATE INDEX login_sessions_ix3 ON login_sessions (principal_name);

CREATE TABLE login_sessions_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT login_sessions_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT login_sessions_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES login_sessions (primary_id) ON DELETE CASCADE
);
