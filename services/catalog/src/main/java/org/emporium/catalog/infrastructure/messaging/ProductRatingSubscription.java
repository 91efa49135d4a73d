package org.emporium.catalog.infrastructure.messaging;

import org.emporium.catalog.application.rating.RateProduct;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue {@code catalog.product-ratings}: the comment service's review events carry the product's new rating,
 * which becomes a {@link RateProduct} command (stored when newer than the one the product has).
 */
@Configuration(proxyBeanMethods = false)
class ProductRatingSubscription {

    @Bean
    EventSubscription productRatings(Mediator mediator) {
        return EventSubscription.forQueue("product-ratings")
                .on(
                        "comment.review-published",
                        ReviewPublished.class,
                        (event, metadata) -> mediator.send(new RateProduct(
                                event.productId(), event.averageRating(), event.reviewCount(), event.ratingVersion())))
                .on(
                        "comment.review-removed",
                        ReviewRemoved.class,
                        (event, metadata) -> mediator.send(new RateProduct(
                                event.productId(), event.averageRating(), event.reviewCount(), event.ratingVersion())))
                .build();
    }
}
