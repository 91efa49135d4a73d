package org.emporium.catalog.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.catalog.support.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

class DemoCatalogIT extends CatalogIntegrationTest {
    @Autowired
    DemoCatalog demo;

    @Test
    void seedsABrowsableCatalogWithPicturesOnlyOnce() {
        var before = demoProducts();

        demo.run(null);

        assertThat(before).isGreaterThanOrEqualTo(50);
        assertThat(demoProducts()).isEqualTo(before);
        var withoutPicture = jdbc.sql("SELECT count(*) FROM products p WHERE p.slug = 'espresso-machine' "
                        + "AND NOT EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id)")
                .query(Long.class)
                .single();
        assertThat(withoutPicture).isZero();
        var search = anonymous().get("/api/catalog/products?q=head&category=electronics");
        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(search.getBody().get("items").findValuesAsString("name"))
                .contains("Wireless Noise-Cancelling Headphones", "Headphone Amplifier");
        assertThat(search.getBody().get("items").get(0).get("thumbnailUrl").asString())
                .endsWith("/200");
    }

    private long demoProducts() {
        return jdbc.sql("SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id "
                        + "WHERE c.slug IN ('audio', 'computers', 'kitchen', 'furniture', 'outdoor')")
                .query(Long.class)
                .single();
    }
}
