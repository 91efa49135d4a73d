-- Issue 8, item 15: concurrent uploads could give two images of one product the same position. Renumber what is
-- stored (0..n-1 in the order readers already see: position, then age), then make the position unique per product.
-- The constraint is checked at commit, so a reorder may move images row by row through taken positions.
UPDATE product_images i
SET position = ordered.rank
FROM (SELECT id, row_number() OVER (PARTITION BY product_id ORDER BY position, created_at, id) - 1 AS rank
      FROM product_images) ordered
WHERE i.id = ordered.id AND i.position <> ordered.rank;

ALTER TABLE product_images ADD CONSTRAINT product_images_position_non_negative CHECK (position >= 0);
ALTER TABLE product_images
    ADD CONSTRAINT product_images_product_position UNIQUE (product_id, position) DEFERRABLE INITIALLY DEFERRED;
-- The constraint's index serves "a product's images in order" as the old one did.
DROP INDEX product_images_product;
