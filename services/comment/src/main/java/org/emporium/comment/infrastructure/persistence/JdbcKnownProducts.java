package org.emporium.comment.infrastructure.persistence;

import java.util.Optional;
import java.util.UUID;
import org.emporium.comment.domain.KnownProduct;
import org.emporium.comment.domain.KnownProducts;
import org.emporium.comment.domain.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product copy: an upsert that keeps the newest version and never resurrects a deleted product. */
@Repository
class JdbcKnownProducts implements KnownProducts {
    private final JdbcClient jdbc;

    JdbcKnownProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownProduct> byId(ProductId id) {
        return jdbc.sql("SELECT id, slug, name, status, deleted FROM known_products WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new KnownProduct(
                        new ProductId(rs.getObject("id", UUID.class)),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("status"),
                        rs.getBoolean("deleted")))
                .optional();
    }

    @Override
    public void record(KnownProduct product, long version) {
        jdbc.sql("""
                        INSERT INTO known_products (id, slug, name, status, version)
                        VALUES (:id, :slug, :name, :status, :version)
                        ON CONFLICT (id) DO UPDATE
                            SET slug = excluded.slug, name = excluded.name, status = excluded.status,
                                version = excluded.version
                            WHERE known_products.version < excluded.version AND NOT known_products.deleted""")
                .param("id", product.id().value())
                .param("slug", product.slug())
                .param("name", product.name())
                .param("status", product.status())
                .param("version", version)
                .update();
    }

    @Override
    public void markDeleted(ProductId id) {
        jdbc.sql("""
                        INSERT INTO known_products (id, slug, name, status, deleted, version)
                        VALUES (:id, :id::text, '', 'DELETED', true, -1)
                        ON CONFLICT (id) DO UPDATE SET deleted = true""").param("id", id.value()).update();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM known_products WHERE version >= 0)")
                .query(Boolean.class)
                .single();
    }
}
