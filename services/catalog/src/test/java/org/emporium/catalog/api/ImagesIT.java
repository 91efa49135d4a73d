package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.catalog.support.CatalogClient.product;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.emporium.catalog.domain.image.ProductGallery;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.catalog.support.TestImages;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class ImagesIT extends CatalogIntegrationTest {
    private String productPath;

    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void aProductWithoutImages() {
        var category = admin().createCategory("Pictures " + UUID.randomUUID(), null);
        var id = admin().post("/api/catalog/products", product("Framed Print " + UUID.randomUUID(), category))
                .getBody()
                .get("id")
                .asString();
        productPath = "/api/catalog/products/" + id;
    }

    @Test
    void anUploadIsServedInEverySizeWithoutMetadataAndCachedForever() throws IOException {
        var upload = admin().upload(productPath + "/images", "holiday.png", TestImages.jpegWithMetadata(1200, 900));

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var urls = upload.getBody().get("urls");
        var thumbnail = anonymous().getBytes(urls.get("200").asString(), null);
        assertThat(thumbnail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(thumbnail.getHeaders().getContentType().toString()).isEqualTo("image/jpeg");
        assertThat(thumbnail.getHeaders().getCacheControl())
                .contains("immutable")
                .contains("max-age=31536000");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.getBody())).getWidth())
                .isEqualTo(200);
        var original = anonymous().getBytes(urls.get("original").asString(), null);
        assertThat(TestImages.containsSecret(original.getBody())).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(original.getBody())).getWidth())
                .isEqualTo(1200);

        var revalidated = anonymous()
                .getBytes(urls.get("200").asString(), thumbnail.getHeaders().getETag());
        assertThat(revalidated.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
    }

    @Test
    void imagesAreOrderedAndTheFirstIsTheThumbnailInSearch() {
        var first = imageId(admin().upload(productPath + "/images", "a.png", TestImages.png(300, 300)));
        var second = imageId(admin().upload(productPath + "/images", "b.webp", TestImages.webpWithMetadata()));

        var reorder = admin().put(productPath + "/images/order", null, Map.of("imageIds", List.of(second, first)));

        assertThat(reorder.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var images = admin().get(productPath).getBody().get("images");
        assertThat(images.findValuesAsString("id")).containsExactly(second, first);
    }

    @Test
    void deletingAnImageRemovesEverySize() {
        var upload = admin().upload(productPath + "/images", "a.png", TestImages.png(300, 300));
        var id = imageId(upload);
        var urls = upload.getBody().get("urls");

        assertThat(admin().delete(productPath + "/images/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        for (var size : List.of("original", "800", "200")) {
            assertThat(anonymous().getBytes(urls.get(size).asString(), null).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void refusesWhatIsNotAnImageWhateverItsName() {
        var response = admin().upload(productPath + "/images", "cat.jpg", "GIF89a not really".getBytes());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().get("code").asString()).isEqualTo("CATALOG.UNSUPPORTED_IMAGE");
    }

    @Test
    void onlyAdminsUpload() {
        var response = as(TestTokens.customer()).upload(productPath + "/images", "a.png", TestImages.png(100, 100));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String imageId(org.springframework.http.ResponseEntity<tools.jackson.databind.JsonNode> upload) {
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return upload.getBody().get("id").asString();
    }

    @Test
    void imagesOfAProductThatIsNotLiveAreHiddenFromEveryoneButAdminsAndNeverCached() {
        var upload = admin().upload(productPath + "/images", "a.png", TestImages.png(300, 300));
        var thumbnail = upload.getBody().get("urls").get("200").asString();
        assertThat(anonymous().getBytes(thumbnail, null).getStatusCode()).isEqualTo(HttpStatus.OK);

        var etag = admin().get(productPath).getHeaders().getETag();
        assertThat(admin().patch(productPath, etag, Map.of("status", "ARCHIVED"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(anonymous().getBytes(thumbnail, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(TestTokens.customer()).getBytes(thumbnail, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        var forAdmin = admin().getBytes(thumbnail, null);
        assertThat(forAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forAdmin.getHeaders().getCacheControl()).contains("no-store").doesNotContain("immutable");
    }

    @Test
    void concurrentUploadsNeverExceedTheLimitNorShareAPosition() throws Exception {
        var productId = UUID.fromString(productPath.substring(productPath.lastIndexOf('/') + 1));
        for (int i = 0; i < ProductGallery.MAX_IMAGES - 1; i++) {
            assertThat(admin().upload(productPath + "/images", i + ".png", TestImages.png(60, 60))
                            .getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        try (var locker = dataSource.getConnection();
                var requests = Executors.newVirtualThreadPerTaskExecutor()) {
            locker.setAutoCommit(false);
            // The product row held: every upload has processed its bytes and waits to add them, so without the
            // per-product lock all three would count 19 images and add the 20th.
            try (var lock = locker.prepareStatement("SELECT id FROM products WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, productId);
                lock.executeQuery().close();
            }
            var uploads = List.of(
                    requests.submit(() -> admin().upload(productPath + "/images", "x.png", TestImages.png(60, 60))),
                    requests.submit(() -> admin().upload(productPath + "/images", "y.png", TestImages.png(60, 60))),
                    requests.submit(() -> admin().upload(productPath + "/images", "z.png", TestImages.png(60, 60))));
            awaitWaitingOrDone(3, uploads);

            locker.rollback();

            var statuses = new java.util.ArrayList<HttpStatus>();
            for (var upload : uploads) {
                ResponseEntity<JsonNode> answer = upload.get(30, TimeUnit.SECONDS);
                statuses.add(HttpStatus.valueOf(answer.getStatusCode().value()));
                if (answer.getStatusCode() != HttpStatus.CREATED) {
                    assertThat(answer.getBody().get("code").asString()).isEqualTo("CATALOG.TOO_MANY_IMAGES");
                }
            }
            assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED);
        }
        var stored = jdbc.sql("SELECT count(*) AS n, count(DISTINCT position) AS positions, max(position) AS top"
                        + " FROM product_images WHERE product_id = :product")
                .param("product", productId)
                .query((rs, row) -> List.of(rs.getInt("n"), rs.getInt("positions"), rs.getInt("top")))
                .single();
        assertThat(stored)
                .containsExactly(ProductGallery.MAX_IMAGES, ProductGallery.MAX_IMAGES, ProductGallery.MAX_IMAGES - 1);
    }

    /** Waits until {@code count} database sessions wait for a lock, counting a finished request as one. */
    private void awaitWaitingOrDone(int count, List<? extends Future<?>> requests) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> {
                    var waiting = jdbc.sql("SELECT count(*) FROM pg_stat_activity"
                                    + " WHERE datname = current_database() AND wait_event_type = 'Lock'")
                            .query(Long.class)
                            .single();
                    var done = requests.stream().filter(Future::isDone).count();
                    assertThat(waiting + done).isGreaterThanOrEqualTo(count);
                });
    }
}
