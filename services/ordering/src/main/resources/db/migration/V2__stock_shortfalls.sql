-- Which lines catalog could not reserve for a stock-rejected order, and why (catalog.stock-rejected's lines).
CREATE TABLE order_stock_shortfalls (
    order_id   UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    product_id UUID NOT NULL,
    requested  INTEGER NOT NULL CHECK (requested >= 0),
    available  INTEGER NOT NULL CHECK (available >= 0),
    reason     VARCHAR(32) NOT NULL,
    PRIMARY KEY (order_id, position)
);

-- Cancelled paid orders whose refund is not recorded yet (the refund retry job reads these).
CREATE INDEX orders_refund_pending ON orders (updated_at)
    WHERE status = 'CANCELLED' AND payment_reference IS NOT NULL AND refund_reference IS NULL;
