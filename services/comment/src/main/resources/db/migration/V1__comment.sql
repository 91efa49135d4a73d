-- The comment service's own copy of catalog products (from catalog's events; never read from catalog's database).
CREATE TABLE known_products (
    id          uuid PRIMARY KEY,
    slug        varchar(120) NOT NULL,
    name        varchar(200) NOT NULL,
    status      varchar(16) NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    version     bigint NOT NULL,
    -- One sequence per product over every rating change it publishes (comment.review-published/-removed).
    rating_version bigint NOT NULL DEFAULT 0
);
CREATE INDEX known_products_slug ON known_products (slug);

CREATE TABLE reviews (
    id               uuid PRIMARY KEY,
    product_id       uuid NOT NULL,
    author_id        uuid NOT NULL,
    rating           smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title            varchar(120) NOT NULL,
    text             varchar(5000) NOT NULL,
    status           varchar(16) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    verified_buyer   boolean NOT NULL,
    rejection_reason varchar(500),
    helpful_count    integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL DEFAULT 0,
    -- One review per product per customer, whatever the application does.
    CONSTRAINT reviews_one_per_author UNIQUE (product_id, author_id)
);
CREATE INDEX reviews_product_public ON reviews (product_id, created_at DESC) WHERE status = 'APPROVED';
CREATE INDEX reviews_author ON reviews (author_id, created_at DESC);
CREATE INDEX reviews_status ON reviews (status, created_at);

-- Every review ever written, for the per-customer rate limit (a deleted review still counts).
CREATE TABLE review_submissions (
    author_id    uuid NOT NULL,
    submitted_at timestamptz NOT NULL
);
CREATE INDEX review_submissions_author ON review_submissions (author_id, submitted_at);

CREATE TABLE helpful_votes (
    review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    voter_id  uuid NOT NULL,
    voted_at  timestamptz NOT NULL,
    PRIMARY KEY (review_id, voter_id)
);

-- Who received what (ordering.order-status-changed → DELIVERED): the verified-buyer badge.
CREATE TABLE verified_purchases (
    customer_id uuid NOT NULL,
    product_id  uuid NOT NULL,
    order_id    uuid NOT NULL,
    PRIMARY KEY (customer_id, product_id, order_id)
);
