package org.emporium.comment.infrastructure.persistence;

import java.util.Collection;
import java.util.UUID;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.ProductId;
import org.emporium.comment.domain.VerifiedPurchases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVerifiedPurchases implements VerifiedPurchases {
    private final JdbcClient jdbc;

    JdbcVerifiedPurchases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID orderId, CustomerId customer, Collection<ProductId> products) {
        for (var product : products) {
            jdbc.sql("INSERT INTO verified_purchases (customer_id, product_id, order_id) VALUES (:customer, :product,"
                            + " :order) ON CONFLICT DO NOTHING")
                    .param("customer", customer.value())
                    .param("product", product.value())
                    .param("order", orderId)
                    .update();
        }
    }

    @Override
    public boolean received(CustomerId customer, ProductId product) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM verified_purchases WHERE customer_id = :customer AND product_id ="
                        + " :product)")
                .param("customer", customer.value())
                .param("product", product.value())
                .query(Boolean.class)
                .single();
    }
}
