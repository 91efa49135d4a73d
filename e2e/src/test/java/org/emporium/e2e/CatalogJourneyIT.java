package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A shopper browses and searches the demo catalog; an admin adds a product with a picture. Gateway only. */
@ExtendWith(PlatformExtension.class)
class CatalogJourneyIT {

    @Test
    void anonymousShopperBrowsesCategoriesAndSearchesWithPrefixesAndFacets(RunningPlatform platform) {
        var client = platform.client();

        var categories = client.get("/api/catalog/categories");
        assertThat(categories.status()).as(categories.toString()).isEqualTo(200);
        assertThat(
                        categories.json().isArray()
                                ? categories.json().size()
                                : categories.json().path("items").size())
                .isPositive();

        var search = client.get("/api/catalog/products?q=head&sort=price&size=5");
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        var result = search.json();
        assertThat(result.path("total").asLong()).isPositive();
        assertThat(result.path("items").size()).isBetween(1, 5);
        assertThat(result.path("items").get(0).path("name").asString().toLowerCase())
                .contains("head");
        assertThat(result.path("facets").path("brands").size()).isPositive();

        var slug = result.path("items").get(0).path("slug").asString();
        var product = client.get("/api/catalog/products/" + slug);
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void everyServicesApiDocumentIsBrowsableAtTheGateway(RunningPlatform platform) {
        var client = platform.client();
        for (var service : java.util.List.of("identity", "catalog")) {
            var document = client.get("/v3/api-docs/" + service);
            assertThat(document.status()).as(service + ": " + document).isEqualTo(200);
            assertThat(document.json().path("info").path("title").asString()).isEqualTo("Emporium " + service + " API");
        }
        assertThat(client.get("/api/catalog/actuator/health").status()).isEqualTo(404);
    }

    @Test
    void adminCreatesAProductWithAPictureThatShoppersThenFind(RunningPlatform platform) {
        var client = platform.client();
        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var customer = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(1));
        var categories = client.get("/api/catalog/categories").json();
        var firstCategory = categories.isArray()
                ? categories.get(0)
                : categories.path("items").get(0);
        var name = "Zephyrix Travel Kettle " + UUID.randomUUID().toString().substring(0, 8);
        var input = Map.of(
                "name", name,
                "description", "A folding kettle for the road.",
                "categoryId", firstCategory.path("id").asString(),
                "brand", "Zephyrix",
                "price", "39.90",
                "currency", "EUR",
                "stock", 7,
                "status", "ACTIVE");

        assertThat(client.post("/api/catalog/products", input, customer).status())
                .isEqualTo(403);
        var created = client.post("/api/catalog/products", input, admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var id = created.json().path("id").asString();

        var upload = client.send(multipart(client, "/api/catalog/products/" + id + "/images", admin, png(640, 480)));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        var thumbnailUrl = upload.json().path("urls").path("200").asString();
        assertThat(thumbnailUrl).isNotBlank();

        var thumbnail = client.send(
                client.request(thumbnailUrl).header("Accept", "image/*").GET());
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.contentType()).startsWith("image/");
        assertThat(thumbnail.headers().firstValue("Cache-Control").orElse("")).contains("immutable");

        var found = client.get("/api/catalog/products?q=zephyr");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(name);
        var shown = client.get("/api/catalog/products/" + id);
        assertThat(shown.json().path("images").size()).isEqualTo(1);
    }

    private static HttpRequest.Builder multipart(
            EmporiumClient client, String path, EmporiumClient.Token token, byte[] png) {
        var boundary = "emporium-" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kettle.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(png);
        body.writeBytes(tail);
        return client.request(path)
                .header("Authorization", token.authorization())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static byte[] png(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(30, 120, 200));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
