-- Categories form a tree ordered by position; products belong to one category.
CREATE TABLE categories (
    id          uuid PRIMARY KEY,
    name        varchar(100) NOT NULL,
    slug        varchar(120) NOT NULL UNIQUE,
    parent_id   uuid REFERENCES categories (id),
    position    integer NOT NULL DEFAULT 0 CHECK (position >= 0)
);
CREATE INDEX categories_parent ON categories (parent_id);

CREATE TABLE products (
    id             uuid PRIMARY KEY,
    name           varchar(200) NOT NULL,
    slug           varchar(120) NOT NULL UNIQUE,
    description    text NOT NULL DEFAULT '',
    category_id    uuid NOT NULL REFERENCES categories (id),
    brand          varchar(100),
    attributes     jsonb NOT NULL DEFAULT '{}'::jsonb,
    price_amount   numeric(19, 4) NOT NULL CHECK (price_amount >= 0),
    currency       char(3) NOT NULL,
    -- Never negative, whatever the application does: the last line of defence against overselling.
    stock          integer NOT NULL CHECK (stock >= 0),
    status         varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    average_rating numeric(3, 2) NOT NULL DEFAULT 0,
    review_count   integer NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    -- Full-text search: name outweighs brand outweighs description; English stemming on all three.
    search_vector  tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(brand, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')) STORED
);
CREATE INDEX products_search ON products USING gin (search_vector);
CREATE INDEX products_category ON products (category_id);
CREATE INDEX products_brand ON products (lower(brand));
CREATE INDEX products_active_newest ON products (created_at DESC, id) WHERE status = 'ACTIVE';
CREATE INDEX products_active_price ON products (price_amount, id) WHERE status = 'ACTIVE';
CREATE INDEX products_active_rating ON products (average_rating DESC, id) WHERE status = 'ACTIVE';

CREATE TABLE product_images (
    id          uuid PRIMARY KEY,
    product_id  uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    format      varchar(8) NOT NULL,
    width       integer NOT NULL,
    height      integer NOT NULL,
    -- size name -> content type of the stored rendition, e.g. {"original": "image/webp", "200": "image/jpeg"}
    renditions  jsonb NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX product_images_product ON product_images (product_id, position);

-- One row per order: the all-or-nothing reservation and its lines.
CREATE TABLE stock_reservations (
    order_id        uuid PRIMARY KEY,
    status          varchar(16) NOT NULL CHECK (status IN ('RESERVED', 'REJECTED', 'RELEASED', 'CANCELLED')),
    lines           jsonb NOT NULL,
    rejected_lines  jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
