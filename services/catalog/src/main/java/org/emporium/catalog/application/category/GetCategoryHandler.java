package org.emporium.catalog.application.category;

import java.util.UUID;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Handler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class GetCategoryHandler implements Handler<GetCategory, CategoryView> {
    private final JdbcClient jdbc;

    GetCategoryHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CategoryView handle(GetCategory query) {
        var id = parseId(query.idOrSlug());
        return jdbc.sql("SELECT id, slug, name, parent_id, position, version FROM categories WHERE "
                        + (id == null ? "slug = :key" : "id = :key"))
                .param("key", id == null ? query.idOrSlug() : id)
                .query((rs, n) -> new CategoryView(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getObject("parent_id", UUID.class),
                        rs.getInt("position"),
                        rs.getLong("version")))
                .optional()
                .orElseThrow(() -> DomainException.notFound(
                        CatalogErrors.CATEGORY_NOT_FOUND, "Category " + query.idOrSlug() + " does not exist."));
    }

    private static UUID parseId(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
