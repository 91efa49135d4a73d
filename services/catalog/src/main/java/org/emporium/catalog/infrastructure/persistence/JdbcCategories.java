package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.category.CategoryTree;
import org.emporium.platform.mediator.ShortLivedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Categories as rows; {@code version} is checked and bumped on every update (optimistic locking). Changes of the
 * tree are serialised by a transaction-scoped advisory lock ({@link #lockedTree()}). Every change drops this
 * instance's recent tree.
 */
@Repository
class JdbcCategories implements Categories {
    /** Advisory lock key of category tree changes: "CTRE". */
    private static final long TREE_LOCK = 0x43545245L;

    private static final String COLUMNS = "id, name, slug, parent_id, position, version";
    private final JdbcClient jdbc;
    private final ShortLivedCache<Boolean, CategoryTree> recent;

    JdbcCategories(JdbcClient jdbc, @Value("${emporium.catalog.category-tree-cache-ttl:10s}") Duration ttl) {
        this.jdbc = jdbc;
        this.recent = new ShortLivedCache<>(ttl, 1);
    }

    @Override
    public Optional<Category> byId(CategoryId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM categories WHERE id = :id")
                .param("id", id.value())
                .query(JdbcCategories::row)
                .optional();
    }

    @Override
    public boolean lockForReference(CategoryId id) {
        // The lock the foreign key check of the product write would take anyway, but taken before the write's
        // checks rather than after its insert or update: no delete can slip in between.
        return jdbc.sql("SELECT 1 FROM categories WHERE id = :id FOR KEY SHARE")
                .param("id", id.value())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    @Override
    public CategoryTree tree() {
        return new CategoryTree(jdbc.sql("SELECT " + COLUMNS + " FROM categories")
                .query(JdbcCategories::row)
                .list());
    }

    @Override
    public CategoryTree lockedTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", TREE_LOCK)
                .query()
                .singleRow();
        // Read committed: this statement's snapshot is taken after the lock, so it sees the last holder's changes.
        return tree();
    }

    @Override
    public CategoryTree recentTree() {
        return recent.get(Boolean.TRUE, all -> tree());
    }

    @Override
    public void save(Category category) {
        if (category.isNew()) {
            insert(category);
        } else {
            update(category);
        }
        changed();
    }

    private void insert(Category category) {
        jdbc.sql("""
                        INSERT INTO categories (id, name, slug, parent_id, position, version)
                        VALUES (:id, :name, :slug, :parent, :position, 0)""")
                .param("id", category.id().value())
                .param("name", category.name())
                .param("slug", category.slug().value())
                .param("parent", category.parentId().map(CategoryId::value).orElse(null))
                .param("position", category.position())
                .update();
    }

    private void update(Category category) {
        var updated = jdbc.sql("""
                        UPDATE categories SET name = :name, slug = :slug, parent_id = :parent, position = :position,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", category.id().value())
                .param("name", category.name())
                .param("slug", category.slug().value())
                .param("parent", category.parentId().map(CategoryId::value).orElse(null))
                .param("position", category.position())
                .param("version", category.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Category " + category.id() + " was changed concurrently");
        }
    }

    @Override
    public void remove(Category category) {
        int removed;
        try {
            removed = jdbc.sql("DELETE FROM categories WHERE id = :id AND version = :version")
                    .param("id", category.id().value())
                    .param("version", category.version())
                    .update();
        } catch (DataIntegrityViolationException stillReferenced) {
            // A product was put into the category after the emptiness check (products do not take the tree lock, only
            // a key-share lock on the category row, which this delete waited for).
            throw CatalogErrors.categoryNotEmpty(category.id());
        }
        if (removed != 1) {
            throw new OptimisticLockingFailureException("Category " + category.id() + " was changed concurrently");
        }
        changed();
    }

    private void changed() {
        recent.invalidateAfterCommit();
    }

    private static Category row(ResultSet rs, int n) throws SQLException {
        var parent = rs.getObject("parent_id", UUID.class);
        return Category.restore(
                new CategoryId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                new Slug(rs.getString("slug")),
                parent == null ? null : new CategoryId(parent),
                rs.getInt("position"),
                rs.getLong("version"));
    }
}
