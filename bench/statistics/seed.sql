-- bench/statistics: one year of a busy shop in statistics' projection tables, as the projections would hold it after
-- consuming its events: 100,000 paid orders (over the 365 shop days up to today, 80 % EUR / 20 % USD, 3 lines each
-- over 2,000 products in 40 categories, 25,000 customers, 10 % with one of 20 coupons), their status transitions
-- (placed, awaiting payment, paid; 90 % shipped, 80 % delivered) and 8,000 more orders cancelled or expired,
-- 25,000 sign-ups, 30,000 reviews, and the monthly roll-ups of the product and category days. Written straight into
-- the tables (seconds instead of the 600,000+ events through the broker), so it measures the reads, not the ingest.
-- Replaces what the tables held.
\set ON_ERROR_STOP on
BEGIN;
TRUNCATE order_state, sales_daily, product_daily, product_monthly, category_daily, category_monthly, customer_daily,
    coupon_orders, coupon_releases, coupon_daily, coupon_discount_daily, signups, review_changes, review_daily,
    product_rating, catalog_products;
SELECT setseed(0.42);

CREATE TEMP TABLE bench_products AS
SELECT gen_random_uuid() AS product_id, n, 'Bench product ' || n AS name,
       ('00000000-0000-4000-8000-' || lpad((n % 40)::text, 12, '0'))::uuid AS category_id,
       (10 + (n % 90))::numeric(19, 4) AS price
FROM generate_series(1, 2000) n;

CREATE TEMP TABLE bench_customers AS
SELECT gen_random_uuid() AS customer_id, n FROM generate_series(1, 25000) n;

CREATE TEMP TABLE bench_orders AS
SELECT gen_random_uuid() AS order_id, n,
       (current_date - (random() * 364)::int) AS day,
       1 + (random() * 24999)::int AS customer_n,
       CASE WHEN random() < 0.8 THEN 'EUR' ELSE 'USD' END AS currency,
       CASE WHEN random() < 0.1 THEN 'BENCH' || (1 + (random() * 19)::int) END AS coupon,
       random() AS fate
FROM generate_series(1, 108000) n;

CREATE TEMP TABLE bench_lines AS
SELECT o.order_id, o.day, o.currency, p.product_id, p.name, p.category_id, q.quantity,
       (p.price * q.quantity) AS line_total
FROM bench_orders o
CROSS JOIN generate_series(1, 3) line
CROSS JOIN LATERAL (SELECT 1 + abs(hashint4(o.n * 3 + line + 7)) % 4 AS quantity,
                           1 + abs(hashint4(o.n * 3 + line)) % 2000 AS product_n) q
JOIN bench_products p ON p.n = q.product_n
WHERE o.n <= 100000;

CREATE TEMP TABLE bench_totals AS
SELECT order_id, sum(line_total) AS subtotal FROM bench_lines GROUP BY order_id;

INSERT INTO catalog_products (product_id, name, category_id, status, stock, version)
SELECT product_id, name, category_id, CASE WHEN n % 10 = 0 THEN 'DRAFT' WHEN n % 25 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END,
       CASE WHEN n % 17 = 0 THEN 0 ELSE 100 END, 1
FROM bench_products;
-- 200 products that no order contains: the products report's "never sold" list
INSERT INTO catalog_products (product_id, name, category_id, status, stock, version)
SELECT gen_random_uuid(), 'Unsold product ' || n, NULL, 'ACTIVE', 5, 1 FROM generate_series(1, 200) n;

INSERT INTO order_state (order_id, customer_id, currency, statuses, last_sequence, status, subtotal, discount, total,
                         coupon_code)
SELECT o.order_id, c.customer_id, o.currency,
       CASE WHEN o.n > 100000 THEN (CASE WHEN o.fate < 0.5 THEN 1 | 2 | 32 ELSE 1 | 2 | 64 END)
            WHEN o.fate < 0.8 THEN 1 | 2 | 4 | 8 | 16 WHEN o.fate < 0.9 THEN 1 | 2 | 4 | 8 ELSE 1 | 2 | 4 END,
       3, CASE WHEN o.n > 100000 THEN (CASE WHEN o.fate < 0.5 THEN 'CANCELLED' ELSE 'EXPIRED' END)
               WHEN o.fate < 0.8 THEN 'DELIVERED' WHEN o.fate < 0.9 THEN 'SHIPPED' ELSE 'PAID' END,
       coalesce(t.subtotal, 0), CASE WHEN o.coupon IS NULL THEN 0 ELSE 5 END,
       coalesce(t.subtotal, 0) - CASE WHEN o.coupon IS NULL THEN 0 ELSE 5 END, o.coupon
FROM bench_orders o JOIN bench_customers c ON c.n = o.customer_n LEFT JOIN bench_totals t ON t.order_id = o.order_id;

INSERT INTO sales_daily (day, currency, placed, awaiting_payment, paid, shipped, delivered, cancelled, expired, gross,
                         discount, net, refunded)
SELECT o.day, o.currency, count(*), count(*), count(*) FILTER (WHERE o.n <= 100000),
       count(*) FILTER (WHERE o.n <= 100000 AND o.fate < 0.9), count(*) FILTER (WHERE o.n <= 100000 AND o.fate < 0.8),
       count(*) FILTER (WHERE o.n > 100000 AND o.fate < 0.5), count(*) FILTER (WHERE o.n > 100000 AND o.fate >= 0.5),
       coalesce(sum(s.subtotal), 0), coalesce(sum(s.discount) FILTER (WHERE o.n <= 100000), 0),
       coalesce(sum(s.total) FILTER (WHERE o.n <= 100000), 0), 0
FROM bench_orders o JOIN order_state s ON s.order_id = o.order_id
GROUP BY o.day, o.currency;

INSERT INTO product_daily (day, product_id, currency, name, units, revenue)
SELECT day, product_id, currency, max(name), sum(quantity), sum(line_total)
FROM bench_lines GROUP BY day, product_id, currency;

INSERT INTO category_daily (day, category_id, currency, units, revenue)
SELECT day, category_id, currency, sum(quantity), sum(line_total)
FROM bench_lines GROUP BY day, category_id, currency;

-- the monthly roll-ups, as ingestion maintains them beside the daily rows
INSERT INTO product_monthly (month, product_id, currency, units, revenue)
SELECT date_trunc('month', day)::date, product_id, currency, sum(units), sum(revenue)
FROM product_daily GROUP BY 1, product_id, currency;
INSERT INTO category_monthly (month, category_id, currency, units, revenue)
SELECT date_trunc('month', day)::date, category_id, currency, sum(units), sum(revenue)
FROM category_daily GROUP BY 1, category_id, currency;

INSERT INTO customer_daily (day, customer_id, paid_orders)
SELECT o.day, c.customer_id, count(*)
FROM bench_orders o JOIN bench_customers c ON c.n = o.customer_n WHERE o.n <= 100000
GROUP BY o.day, c.customer_id;

INSERT INTO coupon_orders (order_id, code) SELECT order_id, coupon FROM bench_orders WHERE coupon IS NOT NULL AND n <= 100000;
INSERT INTO coupon_daily (day, code, redemptions, releases)
SELECT day, coupon, count(*) FILTER (WHERE n <= 100000), count(*) FILTER (WHERE n > 100000)
FROM bench_orders WHERE coupon IS NOT NULL GROUP BY day, coupon;
INSERT INTO coupon_discount_daily (day, code, currency, discount)
SELECT day, coupon, currency, 5 * count(*) FROM bench_orders WHERE coupon IS NOT NULL AND n <= 100000
GROUP BY day, coupon, currency;

INSERT INTO signups (user_id, day)
SELECT customer_id, current_date - (random() * 364)::int FROM bench_customers;

INSERT INTO review_daily (day, product_id, published, removed, rating_sum)
SELECT day, product_id, count(*), count(*) FILTER (WHERE rating = 1) / 4, sum(rating)
FROM (SELECT current_date - (random() * 364)::int AS day, p.product_id, 1 + (random() * 4)::int AS rating
      FROM generate_series(1, 30000) r JOIN bench_products p ON p.n = 1 + (r % 2000)) reviews
GROUP BY day, product_id;
INSERT INTO product_rating (product_id, average, review_count, version)
SELECT product_id, round(sum(rating_sum)::numeric / sum(published), 2), sum(published), 1
FROM review_daily GROUP BY product_id;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM order_state) AS orders, (SELECT count(*) FROM product_daily) AS product_days,
       (SELECT count(*) FROM customer_daily) AS customer_days, (SELECT count(*) FROM sales_daily) AS sales_days;
