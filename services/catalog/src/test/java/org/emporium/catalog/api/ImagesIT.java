package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.catalog.support.CatalogClient.product;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.catalog.support.TestImages;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ImagesIT extends CatalogIntegrationTest {
    private String productPath;

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
}
