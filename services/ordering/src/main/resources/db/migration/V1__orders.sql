-- Orders: one row per order with its totals, address, payment and shipment (the write side and the read side's
-- summaries read the same row; see docs/ordering.md, read model).
CREATE TABLE orders (
    id                UUID PRIMARY KEY,
    customer_id       UUID NOT NULL,
    status            VARCHAR(20) NOT NULL CHECK (status IN
                          ('PENDING', 'AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'EXPIRED')),
    currency          CHAR(3) NOT NULL,
    subtotal          NUMERIC(19, 4) NOT NULL CHECK (subtotal >= 0),
    discount          NUMERIC(19, 4) NOT NULL CHECK (discount >= 0),
    total             NUMERIC(19, 4) NOT NULL CHECK (total >= 0),
    coupon_code       VARCHAR(32),
    basket_revision   BIGINT,
    item_count        INTEGER NOT NULL CHECK (item_count >= 1),
    ship_name         VARCHAR(200) NOT NULL,
    ship_line1        VARCHAR(200) NOT NULL,
    ship_line2        VARCHAR(200),
    ship_postal_code  VARCHAR(20) NOT NULL,
    ship_city         VARCHAR(100) NOT NULL,
    ship_country      CHAR(2) NOT NULL,
    card_last4        CHAR(4),
    payment_reference VARCHAR(100),
    paid_at           TIMESTAMPTZ,
    refund_reference  VARCHAR(100),
    refunded_at       TIMESTAMPTZ,
    carrier           VARCHAR(100),
    tracking_number   VARCHAR(100),
    shipped_at        TIMESTAMPTZ,
    delivered_at      TIMESTAMPTZ,
    cancel_reason     VARCHAR(32),
    cancel_note       VARCHAR(500),
    placed_at         TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT NOT NULL,
    CHECK (total = subtotal - discount)
);
CREATE INDEX orders_by_customer ON orders (customer_id, placed_at DESC, id DESC);
CREATE INDEX orders_by_placed ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_unpaid ON orders (placed_at) WHERE status IN ('PENDING', 'AWAITING_PAYMENT');

CREATE TABLE order_lines (
    order_id     UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    product_id   UUID NOT NULL,
    product_name VARCHAR(300) NOT NULL,
    category_id  UUID,
    quantity     INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price   NUMERIC(19, 4) NOT NULL CHECK (unit_price >= 0),
    line_total   NUMERIC(19, 4) NOT NULL CHECK (line_total >= 0),
    discount     NUMERIC(19, 4) NOT NULL CHECK (discount >= 0),
    PRIMARY KEY (order_id, position)
);

-- Every transition: who (actor), when, why. Sequence 1 is the first status (PENDING).
CREATE TABLE order_status_history (
    order_id    UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sequence    INTEGER NOT NULL CHECK (sequence >= 1),
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    reason      VARCHAR(32),
    actor       VARCHAR(100) NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (order_id, sequence)
);

-- Idempotency-Keys per customer: the primary key is the unique (customer_id, idempotency_key) that makes two
-- concurrent checkouts with one key place one order. A key older than 24 h may be claimed again.
CREATE TABLE checkout_attempts (
    customer_id     UUID NOT NULL,
    idempotency_key VARCHAR(64) NOT NULL,
    fingerprint     CHAR(64) NOT NULL,
    order_id        UUID NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT checkout_attempts_customer_key UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX checkout_attempts_created ON checkout_attempts (created_at);
