-- Every event the service consumed, append-only: the source of every projection below (POST /api/statistics/admin/rebuild
-- recomputes them from it). Written in the transaction that updates the projections; the event id is unique.
CREATE TABLE consumed_events (
    seq          bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    routing_key  text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    payload      jsonb       NOT NULL,
    consumed_at  timestamptz NOT NULL DEFAULT now()
);

-- Per order: which statuses were counted already (a bit per status), the latest history sequence and its status.
CREATE TABLE order_state (
    order_id      uuid PRIMARY KEY,
    customer_id   uuid,
    currency      text,
    statuses      integer NOT NULL DEFAULT 0,
    last_sequence integer NOT NULL DEFAULT 0,
    status        text,
    subtotal      numeric(19, 4),
    discount      numeric(19, 4),
    total         numeric(19, 4),
    coupon_code   text,
    cancel_reason text
);

-- Days are the shop's (emporium.statistics.zone); amounts per currency.
CREATE TABLE sales_daily (
    day              date    NOT NULL,
    currency         text    NOT NULL,
    placed           integer NOT NULL DEFAULT 0,
    awaiting_payment integer NOT NULL DEFAULT 0,
    paid             integer NOT NULL DEFAULT 0,
    shipped          integer NOT NULL DEFAULT 0,
    delivered        integer NOT NULL DEFAULT 0,
    cancelled        integer NOT NULL DEFAULT 0,
    expired          integer NOT NULL DEFAULT 0,
    gross            numeric(19, 4) NOT NULL DEFAULT 0,
    discount         numeric(19, 4) NOT NULL DEFAULT 0,
    net              numeric(19, 4) NOT NULL DEFAULT 0,
    refunded         numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency)
);

CREATE TABLE product_daily (
    day         date    NOT NULL,
    product_id  uuid    NOT NULL,
    currency    text    NOT NULL,
    name        text    NOT NULL,
    units       integer NOT NULL DEFAULT 0,
    revenue     numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (day, product_id, currency)
);

CREATE TABLE category_daily (
    day         date    NOT NULL,
    category_id uuid    NOT NULL,
    currency    text    NOT NULL,
    units       integer NOT NULL DEFAULT 0,
    revenue     numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (day, category_id, currency)
);

CREATE TABLE customer_daily (
    day         date    NOT NULL,
    customer_id uuid    NOT NULL,
    paid_orders integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, customer_id)
);

CREATE TABLE coupon_orders (
    order_id uuid NOT NULL,
    code     text NOT NULL,
    PRIMARY KEY (order_id, code)
);

CREATE TABLE coupon_daily (
    day         date    NOT NULL,
    code        text    NOT NULL,
    redemptions integer NOT NULL DEFAULT 0,
    releases    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, code)
);

CREATE TABLE coupon_discount_daily (
    day      date NOT NULL,
    code     text NOT NULL,
    currency text NOT NULL,
    discount numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (day, code, currency)
);

CREATE TABLE signups (
    user_id uuid PRIMARY KEY,
    day     date NOT NULL
);
CREATE INDEX signups_day ON signups (day);

CREATE TABLE review_daily (
    day        date    NOT NULL,
    product_id uuid    NOT NULL,
    published  integer NOT NULL DEFAULT 0,
    removed    integer NOT NULL DEFAULT 0,
    rating_sum integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, product_id)
);

CREATE TABLE product_rating (
    product_id   uuid PRIMARY KEY,
    average      numeric(5, 2) NOT NULL,
    review_count integer NOT NULL,
    version      bigint  NOT NULL
);

CREATE TABLE catalog_products (
    product_id  uuid PRIMARY KEY,
    name        text    NOT NULL,
    category_id uuid,
    status      text    NOT NULL,
    stock       integer NOT NULL,
    version     bigint  NOT NULL,
    deleted     boolean NOT NULL DEFAULT false
);
