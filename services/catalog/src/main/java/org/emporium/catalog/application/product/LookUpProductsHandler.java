package org.emporium.catalog.application.product;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.platform.core.Money;
import org.emporium.platform.mediator.Handler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class LookUpProductsHandler implements Handler<LookUpProducts, ProductAvailabilityView> {
    private final JdbcClient jdbc;

    LookUpProductsHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ProductAvailabilityView handle(LookUpProducts query) {
        var ids = new LinkedHashSet<>(query.ids());
        var found = jdbc
                .sql("""
                        SELECT id, slug, name, price_amount, currency, status, stock
                        FROM products WHERE id = ANY(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new ProductAvailabilityView.Item(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        Money.of(rs.getBigDecimal("price_amount"), rs.getString("currency"))
                                .amount(),
                        rs.getString("currency"),
                        rs.getString("status"),
                        rs.getInt("stock")))
                .list()
                .stream()
                .collect(Collectors.toMap(
                        ProductAvailabilityView.Item::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        var items = ids.stream().filter(found::containsKey).map(found::get).toList();
        var missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        return new ProductAvailabilityView(items, missing);
    }
}
