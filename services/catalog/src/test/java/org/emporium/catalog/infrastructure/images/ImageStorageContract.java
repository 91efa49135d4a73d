package org.emporium.catalog.infrastructure.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.catalog.application.image.ImageStorage;
import org.junit.jupiter.api.Test;

/** What every {@link ImageStorage} adapter does; each adapter's test extends this. */
abstract class ImageStorageContract {

    abstract ImageStorage storage();

    @Test
    void returnsWhatWasStored() {
        storage().put("products/p1/i1/original", new byte[] {1, 2, 3}, "image/png");

        assertThat(storage().get("products/p1/i1/original"))
                .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
    }

    @Test
    void knowsNothingOfAMissingKey() {
        assertThat(storage().get("products/none/none/200")).isEmpty();
    }

    @Test
    void deletesEveryGivenKeyAndIgnoresMissingOnes() {
        storage().put("products/p2/i2/original", new byte[] {1}, "image/jpeg");
        storage().put("products/p2/i2/200", new byte[] {2}, "image/jpeg");

        storage().delete(List.of("products/p2/i2/original", "products/p2/i2/200", "products/p2/i2/800"));

        assertThat(storage().get("products/p2/i2/original")).isEmpty();
        assertThat(storage().get("products/p2/i2/200")).isEmpty();
    }
}
