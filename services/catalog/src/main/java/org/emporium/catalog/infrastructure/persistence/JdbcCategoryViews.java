package org.emporium.catalog.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.application.category.CategoryView;
import org.emporium.catalog.application.category.CategoryViews;
import org.emporium.catalog.domain.category.CategoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCategoryViews implements CategoryViews {
    private static final String VIEW = "SELECT id, slug, name, parent_id, position, version FROM categories WHERE ";
    private final JdbcClient jdbc;

    JdbcCategoryViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CategoryView> byId(CategoryId id) {
        return view(jdbc.sql(VIEW + "id = :key").param("key", id.value()));
    }

    @Override
    public Optional<CategoryView> bySlug(String slug) {
        return view(jdbc.sql(VIEW + "slug = :key").param("key", slug));
    }

    private static Optional<CategoryView> view(JdbcClient.StatementSpec statement) {
        return statement
                .query((rs, n) -> new CategoryView(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getObject("parent_id", UUID.class),
                        rs.getInt("position"),
                        rs.getLong("version")))
                .optional();
    }

    @Override
    public List<Listed> all() {
        return jdbc.sql("""
                        SELECT c.id, c.parent_id, c.slug, c.name, c.position,
                               (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.status = 'ACTIVE')
                                   AS product_count
                        FROM categories c ORDER BY c.position, c.name""")
                .query((rs, n) -> new Listed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("parent_id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getInt("position"),
                        rs.getLong("product_count")))
                .list();
    }
}
