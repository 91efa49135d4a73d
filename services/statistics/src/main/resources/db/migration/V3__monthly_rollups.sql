-- Monthly roll-ups of the two largest daily tables, written in the same transaction as the daily rows (the same
-- deltas, keyed by the first day of the month). A report over a long range reads its whole calendar months from here
-- and only its partial first and last months from the daily tables: a year of product days is ~12 x products x
-- currencies rows instead of ~365 x that. No name column: the products report takes names from the daily rows of
-- the products it lists.
CREATE TABLE product_monthly (
    month      date    NOT NULL,
    product_id uuid    NOT NULL,
    currency   text    NOT NULL,
    units      integer NOT NULL DEFAULT 0,
    revenue    numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (month, product_id, currency)
);

CREATE TABLE category_monthly (
    month       date    NOT NULL,
    category_id uuid    NOT NULL,
    currency    text    NOT NULL,
    units       integer NOT NULL DEFAULT 0,
    revenue     numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (month, category_id, currency)
);

-- Existing databases: the roll-ups of what the daily tables hold.
INSERT INTO product_monthly (month, product_id, currency, units, revenue)
SELECT date_trunc('month', day)::date, product_id, currency, sum(units), sum(revenue)
FROM product_daily GROUP BY 1, product_id, currency;

INSERT INTO category_monthly (month, category_id, currency, units, revenue)
SELECT date_trunc('month', day)::date, category_id, currency, sum(units), sum(revenue)
FROM category_daily GROUP BY 1, category_id, currency;
