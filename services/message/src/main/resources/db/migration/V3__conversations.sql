-- Support conversations: a customer opens one, the customer and support (any admin) post plain-text messages, either
-- side closes it. Read state per side is the id of the newest message that side has read. agent_id is the admin who
-- replied last: the customer's next messages notify them.
CREATE TABLE conversations (
    id                   uuid         PRIMARY KEY,
    customer_id          uuid         NOT NULL,
    subject              varchar(120) NOT NULL,
    status               varchar(10)  NOT NULL,
    agent_id             uuid,
    message_count        integer      NOT NULL,
    created_at           timestamptz  NOT NULL,
    last_message_at      timestamptz  NOT NULL,
    closed_at            timestamptz,
    closed_by            varchar(10),
    customer_read_up_to  bigint       NOT NULL DEFAULT 0,
    support_read_up_to   bigint       NOT NULL DEFAULT 0
);
CREATE INDEX conversations_customer ON conversations (customer_id, last_message_at DESC);
CREATE INDEX conversations_status ON conversations (status, last_message_at DESC);

CREATE TABLE conversation_messages (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id uuid          NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    author_id       uuid          NOT NULL,
    side            varchar(10)   NOT NULL,
    text            varchar(2000) NOT NULL,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX conversation_messages_conversation ON conversation_messages (conversation_id, id);
-- The rate limit counts each author's recent messages.
CREATE INDEX conversation_messages_author ON conversation_messages (author_id, created_at DESC);
