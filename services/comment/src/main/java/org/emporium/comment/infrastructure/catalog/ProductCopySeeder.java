package org.emporium.comment.infrastructure.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.emporium.comment.application.RecordProduct;
import org.emporium.comment.domain.KnownProducts;
import org.emporium.platform.httpclient.ServiceClients;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty product copy from the catalog's API once on start (a fresh comment database next to a catalog that
 * already has products, whose creation events this service never saw): the public search lists what is on sale and
 * the batch look-up ({@code catalog.read}) gives each product's slug, name and status. Runs in the background and
 * retries until the catalog answers; events keep the copy current afterwards.
 */
@Component
@ConditionalOnBooleanProperty(name = "emporium.comment.product-seed.enabled", matchIfMissing = true)
class ProductCopySeeder implements ApplicationRunner, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ProductCopySeeder.class);

    private final ServiceClients clients;
    private final KnownProducts products;
    private final Mediator mediator;
    private final Duration retryEvery;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("product-copy-seeder").factory());

    ProductCopySeeder(
            ServiceClients clients,
            KnownProducts products,
            Mediator mediator,
            @Value("${emporium.comment.product-seed.retry-every:30s}") Duration retryEvery) {
        this.clients = clients;
        this.products = products;
        this.mediator = mediator;
        this.retryEvery = retryEvery;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.execute(this::attempt);
    }

    private void attempt() {
        try {
            int seeded = seedIfEmpty();
            if (seeded >= 0) {
                log.info("Product copy seeded from the catalog: {} products", seeded);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Could not seed the product copy from the catalog yet ({}); retrying in {}",
                    e.toString(),
                    retryEvery);
            scheduler.schedule(this::attempt, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** @return how many products were recorded, or -1 when the copy was not empty */
    int seedIfEmpty() {
        if (!products.isEmpty()) {
            return -1;
        }
        var api = clients.declarative("catalog", CatalogApi.class);
        int seeded = 0;
        for (int page = 0; ; page++) {
            var result = api.search(page, CatalogApi.PAGE_SIZE);
            var ids = new ArrayList<java.util.UUID>();
            result.items().forEach(item -> ids.add(item.id()));
            if (!ids.isEmpty()) {
                for (var product : api.lookup(new CatalogApi.LookupRequest(ids)).products()) {
                    mediator.send(new RecordProduct(
                            product.id(), product.slug(), product.name(), product.status(), 0, false));
                    seeded++;
                }
            }
            if (page + 1 >= result.totalPages()) {
                return seeded;
            }
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
