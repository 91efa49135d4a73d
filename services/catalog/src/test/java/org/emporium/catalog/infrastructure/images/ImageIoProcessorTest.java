package org.emporium.catalog.infrastructure.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
            new ImageProperties.Local(Path.of("unused")),
            new ImageProperties.Gcs(null, null, null, "")));

    @Test
    void rendersAThumbnailAndALargeSizeFittingTheirEdge() throws IOException {
        var processed = processor.process(TestImages.jpeg(1600, 1200));

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
        var processed = processor.process(TestImages.png(120, 90));

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
                .process(jpeg)
                .renditions()
                .values()
                .forEach(r -> assertThat(TestImages.containsSecret(r.content())).isFalse());
        processor
                .process(png)
                .renditions()
                .values()
                .forEach(r -> assertThat(TestImages.containsSecret(r.content())).isFalse());
    }

    @Test
    void readsWebpAndCutsItsExifAndXmpChunks() throws IOException {
        var webp = TestImages.webpWithMetadata();
        assertThat(TestImages.containsSecret(webp)).isTrue();

        var processed = processor.process(webp);

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

        assertThatThrownBy(() -> processor.process(html))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.UNSUPPORTED_IMAGE);
    }

    @Test
    void refusesATruncatedImage() {
        var jpeg = TestImages.jpeg(400, 300);
        var truncated = java.util.Arrays.copyOf(jpeg, 40);

        assertThatThrownBy(() -> processor.process(truncated))
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

        assertThatThrownBy(() -> processor.process(cut))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.UNSUPPORTED_IMAGE);
    }

    @Test
    void refusesDimensionsOutsideTheLimits() {
        assertThatThrownBy(() -> processor.process(TestImages.png(2400, 100)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.IMAGE_DIMENSIONS);
        assertThatThrownBy(() -> processor.process(TestImages.png(20, 20)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.IMAGE_DIMENSIONS);
    }

    @Test
    void refusesAnUploadOverTheSizeLimit() {
        var big = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];

        assertThatThrownBy(() -> processor.process(big))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.IMAGE_TOO_LARGE);
    }
}
