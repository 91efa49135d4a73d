package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.application.ShortLivedCache;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.category.CategoryTree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCategories implements Categories {
    private final JdbcClient jdbc;
    private final ShortLivedCache<Boolean, CategoryTree> recent;

    JdbcCategories(JdbcClient jdbc, @Value("${emporium.catalog.category-tree-cache-ttl:10s}") Duration ttl) {
        this.jdbc = jdbc;
        this.recent = new ShortLivedCache<>(ttl, 1);
    }

    @Override
    public Optional<Category> byId(CategoryId id) {
        return jdbc.sql("SELECT id, name, slug, parent_id, position FROM categories WHERE id = :id")
                .param("id", id.value())
                .query(JdbcCategories::row)
                .optional();
    }

    @Override
    public CategoryTree tree() {
        return new CategoryTree(jdbc.sql("SELECT id, name, slug, parent_id, position FROM categories")
                .query(JdbcCategories::row)
                .list());
    }

    @Override
    public CategoryTree recentTree() {
        return recent.get(Boolean.TRUE, all -> tree());
    }

    @Override
    public void add(Category category) {
        jdbc.sql("""
                        INSERT INTO categories (id, name, slug, parent_id, position)
                        VALUES (:id, :name, :slug, :parent, :position)""")
                .param("id", category.id().value())
                .param("name", category.name())
                .param("slug", category.slug().value())
                .param("parent", category.parentId().map(CategoryId::value).orElse(null))
                .param("position", category.position())
                .update();
        recent.invalidateAfterCommit();
    }

    @Override
    public void remove(CategoryId id) {
        jdbc.sql("DELETE FROM categories WHERE id = :id")
                .param("id", id.value())
                .update();
        recent.invalidateAfterCommit();
    }

    private static Category row(ResultSet rs, int n) throws SQLException {
        var parent = rs.getObject("parent_id", UUID.class);
        return Category.restore(
                new CategoryId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                new Slug(rs.getString("slug")),
                parent == null ? null : new CategoryId(parent),
                rs.getInt("position"));
    }
}
