package org.emporium.catalog.application.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.mediator.Handler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class GetCategoryTreeHandler implements Handler<GetCategoryTree, List<CategoryNodeView>> {
    private final JdbcClient jdbc;

    GetCategoryTreeHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, UUID parentId, String slug, String name, int position, long productCount) {}

    @Override
    public List<CategoryNodeView> handle(GetCategoryTree query) {
        var rows = jdbc.sql("""
                        SELECT c.id, c.parent_id, c.slug, c.name, c.position,
                               (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.status = 'ACTIVE')
                                   AS product_count
                        FROM categories c ORDER BY c.position, c.name""")
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("parent_id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getInt("position"),
                        rs.getLong("product_count")))
                .list();
        Map<UUID, List<Row>> children = new HashMap<>();
        rows.forEach(row ->
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row));
        return build(null, children);
    }

    private static List<CategoryNodeView> build(UUID parent, Map<UUID, List<Row>> children) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(row -> new CategoryNodeView(
                        row.id(),
                        row.slug(),
                        row.name(),
                        row.position(),
                        row.productCount(),
                        build(row.id(), children)))
                .toList();
    }
}
