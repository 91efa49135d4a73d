-- Coupons: the code is unique whatever its case (stored upper case, checked again here).
CREATE TABLE coupons (
    id               UUID PRIMARY KEY,
    code             VARCHAR(32) NOT NULL CHECK (code ~ '^[A-Z0-9-]{3,32}$'),
    description      VARCHAR(500) NOT NULL,
    kind             VARCHAR(16) NOT NULL CHECK (kind IN ('PERCENTAGE', 'FIXED_AMOUNT')),
    value            NUMERIC(19, 4) NOT NULL CHECK (value > 0),
    currency         CHAR(3),
    valid_from       TIMESTAMPTZ NOT NULL,
    valid_until      TIMESTAMPTZ,
    minimum_amount   NUMERIC(19, 4),
    max_redemptions  INTEGER CHECK (max_redemptions >= 1),
    max_per_customer INTEGER CHECK (max_per_customer >= 1),
    category_ids     UUID[] NOT NULL DEFAULT '{}',
    product_ids      UUID[] NOT NULL DEFAULT '{}',
    first_order_only BOOLEAN NOT NULL DEFAULT FALSE,
    active           BOOLEAN NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT NOT NULL,
    CHECK (kind <> 'PERCENTAGE' OR value <= 100),
    CHECK (kind <> 'FIXED_AMOUNT' OR currency IS NOT NULL),
    CHECK (valid_until IS NULL OR valid_until > valid_from)
);
CREATE UNIQUE INDEX coupons_code ON coupons (code);

-- One redemption per order. A reservation holds the coupon's row lock while counting, so limits are exact; the
-- foreign key keeps a used coupon from being deleted.
CREATE TABLE redemptions (
    order_id     UUID PRIMARY KEY,
    coupon_id    UUID NOT NULL REFERENCES coupons (id) ON DELETE RESTRICT,
    code         VARCHAR(32) NOT NULL,
    customer_id  UUID NOT NULL,
    state        VARCHAR(16) NOT NULL CHECK (state IN ('RESERVED', 'REDEEMED', 'RELEASED')),
    quote        JSONB NOT NULL,
    reserved_at  TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT NOT NULL
);
CREATE INDEX redemptions_active_by_coupon ON redemptions (coupon_id, customer_id) WHERE state <> 'RELEASED';
CREATE INDEX redemptions_coupon_listing ON redemptions (coupon_id, reserved_at DESC);
CREATE INDEX redemptions_expiring ON redemptions (expires_at) WHERE state = 'RESERVED';

-- Customers with a paid order (from ordering.order-status-changed), for first-order coupons.
CREATE TABLE paid_orders (
    customer_id UUID NOT NULL,
    order_id    UUID NOT NULL,
    paid_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, order_id)
);
