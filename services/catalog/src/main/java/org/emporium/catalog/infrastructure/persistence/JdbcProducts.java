package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductDetails;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.domain.product.Products;
import org.emporium.catalog.domain.product.Rating;
import org.emporium.catalog.infrastructure.messaging.ContractEvents;
import org.emporium.platform.core.Money;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Products as rows; {@code version} is checked and bumped on every update (optimistic locking). Saving hands the
 * product's registered events to the outbox in the same transaction. Every change drops the cached search counts of
 * {@link JdbcProductSearch} (stock reservations change stock without an event, and count as changes too).
 */
@Repository
class JdbcProducts implements Products {
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, name, slug, description, category_id, brand, attributes::text AS attributes, price_amount, currency,
            stock, status, average_rating, review_count, created_at, updated_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventOutbox outbox;
    private final SearchCountCache searchCounts;

    JdbcProducts(JdbcClient jdbc, JsonMapper json, EventOutbox outbox, SearchCountCache searchCounts) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
        this.searchCounts = searchCounts;
    }

    @Override
    public boolean rate(ProductId id, Rating rating, long ratingVersion) {
        return jdbc.sql("""
                        UPDATE products SET average_rating = :average, review_count = :count,
                            rating_version = :ratingVersion, version = version + 1
                        WHERE id = :id AND rating_version < :ratingVersion""")
                        .param("average", rating.average())
                        .param("count", rating.count())
                        .param("ratingVersion", ratingVersion)
                        .param("id", id.value())
                        .update()
                > 0;
    }

    @Override
    public Optional<Product> byId(ProductId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE id = :id")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    @Override
    public Map<ProductId, Product> lockedForStockChange(Collection<ProductId> ids) {
        var result = new LinkedHashMap<ProductId, Product>();
        jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids.stream().map(ProductId::value).distinct().toArray(UUID[]::new))
                .query(this::row)
                .list()
                .forEach(product -> result.put(product.id(), product));
        return result;
    }

    @Override
    public boolean slugTaken(Slug slug, ProductId except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM products WHERE slug = :slug AND id <> :id)")
                .param("slug", slug.value())
                .param("id", except.value())
                .query(Boolean.class)
                .single();
    }

    @Override
    public long countInCategory(CategoryId category) {
        return jdbc.sql("SELECT count(*) FROM products WHERE category_id = :category")
                .param("category", category.value())
                .query(Long.class)
                .single();
    }

    @Override
    public void save(Product product) {
        if (product.isNew()) {
            insert(product);
        } else {
            update(product);
        }
        published(product);
    }

    private void insert(Product product) {
        jdbc.sql("""
                        INSERT INTO products (id, name, slug, description, category_id, brand, attributes,
                            price_amount, currency, stock, status, average_rating, review_count,
                            created_at, updated_at, version)
                        VALUES (:id, :name, :slug, :description, :category, :brand, CAST(:attributes AS jsonb),
                            :price, :currency, :stock, :status, :rating, :reviews, :createdAt, :updatedAt, 0)""")
                .params(columns(product))
                .param("createdAt", Timestamp.from(product.createdAt()))
                .update();
    }

    private void update(Product product) {
        var updated = jdbc.sql("""
                        UPDATE products SET name = :name, slug = :slug, description = :description,
                            category_id = :category, brand = :brand, attributes = CAST(:attributes AS jsonb),
                            price_amount = :price, currency = :currency, stock = :stock, status = :status,
                            average_rating = :rating, review_count = :reviews, updated_at = :updatedAt,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(columns(product))
                .param("version", product.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Product " + product.id() + " was changed concurrently");
        }
    }

    /** Deletes the row as loaded (same version); image rows go with it ({@code ON DELETE CASCADE}). */
    @Override
    public void remove(Product product) {
        var removed = jdbc.sql("DELETE FROM products WHERE id = :id AND version = :version")
                .param("id", product.id().value())
                .param("version", product.version())
                .update();
        if (removed != 1) {
            throw new OptimisticLockingFailureException("Product " + product.id() + " was changed concurrently");
        }
        published(product);
    }

    private void published(Product product) {
        product.pullEvents().forEach(event -> outbox.add(ContractEvents.of(event)));
        searchCounts.productsChanged();
    }

    private Map<String, Object> columns(Product product) {
        var d = product.details();
        var columns = new LinkedHashMap<String, Object>();
        columns.put("id", product.id().value());
        columns.put("name", d.name());
        columns.put("slug", d.slug().value());
        columns.put("description", d.description());
        columns.put("category", d.categoryId().value());
        columns.put("brand", d.brand());
        columns.put("attributes", json.writeValueAsString(d.attributes()));
        columns.put("price", product.price().amount());
        columns.put("currency", product.price().currency().getCurrencyCode());
        columns.put("stock", product.stock());
        columns.put("status", product.status().name());
        columns.put("rating", product.rating().average());
        columns.put("reviews", product.rating().count());
        columns.put("updatedAt", Timestamp.from(product.updatedAt()));
        return columns;
    }

    private Product row(ResultSet rs, int n) throws SQLException {
        var details = new ProductDetails(
                rs.getString("name"),
                new Slug(rs.getString("slug")),
                rs.getString("description"),
                new CategoryId(rs.getObject("category_id", UUID.class)),
                rs.getString("brand"),
                json.readValue(rs.getString("attributes"), ATTRIBUTES));
        return Product.restore(
                new ProductId(rs.getObject("id", UUID.class)),
                details,
                Money.of(
                        rs.getBigDecimal("price_amount"),
                        rs.getString("currency").strip()),
                rs.getInt("stock"),
                ProductStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                new Rating(rs.getBigDecimal("average_rating"), rs.getInt("review_count")),
                rs.getLong("version"));
    }
}
