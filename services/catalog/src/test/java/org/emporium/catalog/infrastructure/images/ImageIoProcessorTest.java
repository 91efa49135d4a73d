package org.emporium.catalog.infrastructure.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.emporium.catalog.application.image.ImageProcessor.Upload;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageFormat;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.catalog.support.TestImages;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImageIoProcessorTest {
    private final ImageIoProcessor processor = new ImageIoProcessor(new ImageProperties(
            "local",
            DataSize.ofMegabytes(1),
            2000,
            50,
            3_000_000,
            2_000_000,
            new ImageProperties.Processing(1, Duration.ofMillis(100), Duration.ofSeconds(2)),
            new ImageProperties.Local(Path.of("unused")),
            new ImageProperties.Gcs(null, null, null, "")));

    @Test
    void rendersAThumbnailAndALargeSizeFittingTheirEdge() throws IOException {
        var processed = processor.process(Upload.of(TestImages.jpeg(1600, 1200)));

        assertThat(processed.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(processed.width()).isEqualTo(1600);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(
                processed.renditions().get(ImageSize.THUMBNAIL).content()));
        assertThat(thumbnail.getWidth()).isEqualTo(200);
        assertThat(thumbnail.getHeight()).isEqualTo(150);
        var large = ImageIO.read(new ByteArrayInputStream(
                processed.renditions().get(ImageSize.LARGE).content()));
        assertThat(large.getWidth()).isEqualTo(800);
    }

    @Test
    void neverScalesUp() throws IOException {
        var processed = processor.process(Upload.of(TestImages.png(120, 90)));

        var large = ImageIO.read(new ByteArrayInputStream(
                processed.renditions().get(ImageSize.LARGE).content()));
        assertThat(large.getWidth()).isEqualTo(120);
    }

    @Test
    void stripsMetadataFromJpegAndPng() {
        var jpeg = TestImages.jpegWithMetadata(300, 200);
        var png = TestImages.pngWithMetadata(300, 200);
        assertThat(TestImages.containsSecret(jpeg)).isTrue();
        assertThat(TestImages.containsSecret(png)).isTrue();

        processor
                .process(Upload.of(jpeg))
                .renditions()
                .values()
                .forEach(r -> assertThat(TestImages.containsSecret(r.content())).isFalse());
        processor
                .process(Upload.of(png))
                .renditions()
                .values()
                .forEach(r -> assertThat(TestImages.containsSecret(r.content())).isFalse());
    }

    @Test
    void readsWebpAndCutsItsExifAndXmpChunks() throws IOException {
        var webp = TestImages.webpWithMetadata();
        assertThat(TestImages.containsSecret(webp)).isTrue();

        var processed = processor.process(Upload.of(webp));

        assertThat(processed.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(processed.width()).isEqualTo(120);
        var original = processed.renditions().get(ImageSize.ORIGINAL);
        assertThat(original.contentType()).isEqualTo("image/webp");
        assertThat(TestImages.containsSecret(original.content())).isFalse();
        assertThat(new String(original.content(), StandardCharsets.US_ASCII)).doesNotContain("EXIF", "XMP ");
        var decoded = ImageIO.read(new ByteArrayInputStream(original.content()));
        assertThat(decoded.getWidth()).isEqualTo(120);
        assertThat(decoded.getHeight()).isEqualTo(80);
    }

    @Test
    void judgesTheTypeByContentNotByName() {
        var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> processor.process(Upload.of(html)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.UNSUPPORTED_IMAGE);
    }

    @Test
    void refusesATruncatedImage() {
        var jpeg = TestImages.jpeg(400, 300);
        var truncated = java.util.Arrays.copyOf(jpeg, 40);

        assertThatThrownBy(() -> processor.process(Upload.of(truncated)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.UNSUPPORTED_IMAGE);
    }

    @Test
    void refusesAWebpWhoseLastChunkIsCutShort() {
        // The picture decodes (the decoder stops at the RIFF size), but a chunk header after it claims more bytes
        // than the upload has: the metadata stripper must refuse it like any broken image, not fail as a bug.
        var webp = TestImages.webpWithMetadata();
        var cut = java.util.Arrays.copyOf(webp, webp.length + 12);
        System.arraycopy("EXIF".getBytes(StandardCharsets.US_ASCII), 0, cut, webp.length, 4);
        cut[webp.length + 4] = (byte) 0xE8; // 1000 bytes, little-endian
        cut[webp.length + 5] = 0x03;

        assertThatThrownBy(() -> processor.process(Upload.of(cut)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.UNSUPPORTED_IMAGE);
    }

    @Test
    void refusesDimensionsOutsideTheLimits() {
        assertThatThrownBy(() -> processor.process(Upload.of(TestImages.png(2400, 100))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.IMAGE_DIMENSIONS);
        assertThatThrownBy(() -> processor.process(Upload.of(TestImages.png(20, 20))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.IMAGE_DIMENSIONS);
    }

    @Test
    void refusesAnUploadOverTheSizeLimit() {
        var big = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];

        assertThatThrownBy(() -> processor.process(Upload.of(big)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.IMAGE_TOO_LARGE);
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderBeforeDecoding() {
        // 2000 x 1600 = 3.2 million pixels: every edge allowed, the pixel count is not
        var image = TestImages.png(2000, 1600);

        assertThatThrownBy(() -> processor.process(Upload.of(image)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("CATALOG.IMAGE_TOO_MANY_PIXELS"));
    }

    @Test
    void decodesLargeImagesSubsampledToTheWorkingEdge() {
        assertThat(ImageIoProcessor.subsampling(8000, 5000)).isEqualTo(5);
        assertThat(8000 / ImageIoProcessor.subsampling(8000, 5000)).isLessThanOrEqualTo(ImageIoProcessor.WORKING_EDGE);
        assertThat(ImageIoProcessor.subsampling(1600, 1200)).isEqualTo(1);
        assertThat(ImageIoProcessor.subsampling(1601, 100)).isEqualTo(2);
    }

    @Test
    void aFullSetOfSlotsRefusesWithRetryAfterInsteadOfQueueingWithoutBound() throws Exception {
        var slots = new ProcessingSlots(1, Duration.ofMillis(50), Duration.ofSeconds(3));
        var holding = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var holder = Thread.ofVirtual()
                .start(() -> slots.run(() -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
        holding.await();
        try {
            assertThatThrownBy(() -> slots.run(() -> "second"))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("CATALOG.IMAGE_PROCESSING_BUSY"));
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(slots.run(() -> "after")).isEqualTo("after");
    }
}
