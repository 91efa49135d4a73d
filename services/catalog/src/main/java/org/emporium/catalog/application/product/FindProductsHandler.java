package org.emporium.catalog.application.product;

import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Answers in the order asked, each id once, and lists the ids that match no product. */
@Component
class FindProductsHandler implements Handler<FindProducts, ProductAvailabilityView> {
    private final ProductViews views;

    FindProductsHandler(ProductViews views) {
        this.views = views;
    }

    @Override
    public ProductAvailabilityView handle(FindProducts query) {
        var ids = new LinkedHashSet<>(query.ids());
        var found = views.availabilityByIds(ids).stream()
                .collect(Collectors.toMap(ProductAvailabilityView.Item::id, Function.identity(), (a, b) -> a));
        var items = ids.stream().filter(found::containsKey).map(found::get).toList();
        var missing = ids.stream().filter((UUID id) -> !found.containsKey(id)).toList();
        return new ProductAvailabilityView(items, missing);
    }
}
