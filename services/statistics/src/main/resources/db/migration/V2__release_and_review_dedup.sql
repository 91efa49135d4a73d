-- A coupon release counts once per (order, code), like a redemption: a release republished under a new event id
-- (an outbox replay) is not counted again.
CREATE TABLE coupon_releases (
    order_id uuid NOT NULL,
    code     text NOT NULL,
    PRIMARY KEY (order_id, code)
);

-- A review publication or removal counts once per product rating version (one sequence per product over both
-- events, so it names one change): republished under a new event id, it is not counted again.
CREATE TABLE review_changes (
    product_id     uuid   NOT NULL,
    rating_version bigint NOT NULL,
    PRIMARY KEY (product_id, rating_version)
);

-- The products report's "never sold in the range": one index probe per catalog product instead of a scan of every
-- product day.
CREATE INDEX product_daily_product_day ON product_daily (product_id, day);
