package org.emporium.basket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The basket service: each signed-in customer's basket in Redis, priced from a local copy of the catalog. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BasketApplication {
    public static void main(String[] args) {
        SpringApplication.run(BasketApplication.class, args);
    }
}
