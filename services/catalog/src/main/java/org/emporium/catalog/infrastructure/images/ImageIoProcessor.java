package org.emporium.catalog.infrastructure.images;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import org.emporium.catalog.application.image.ImageProcessor;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageFormat;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.core.DomainException;
import org.springframework.stereotype.Component;

/**
 * Image checks and renditions with ImageIO (TwelveMonkeys adds WebP decoding and sturdier JPEG), with memory bounded
 * per upload:
 *
 * <ul>
 *   <li>the declared size is checked before a byte is read, and the bytes are read only once a processing slot is
 *       free ({@link ProcessingSlots}: a few at once, then 429);
 *   <li>width and height come from the header: edges and pixel count are checked before any pixel is decoded, so a
 *       small file that claims a huge canvas is refused cheaply;
 *   <li>pixels are decoded subsampled, to a working image of at most {@value #WORKING_EDGE} pixels a side (twice the
 *       largest rendition, which is then scaled down smoothly), never at full size;
 *   <li>the original is not re-encoded: its metadata (EXIF, XMP, comments, text chunks) is cut out of the file
 *       ({@link JpegMetadata}, {@link PngMetadata}, {@link WebpMetadata}), so it keeps its full quality without
 *       ever being held as pixels.
 * </ul>
 *
 * Thumbnails are JPEG, or PNG when the image has transparency.
 */
@Component
public class ImageIoProcessor implements ImageProcessor {
    static final int WORKING_EDGE = 1600;
    private static final float THUMBNAIL_QUALITY = 0.85f;
    private final ImageProperties properties;
    private final ProcessingSlots slots;

    public ImageIoProcessor(ImageProperties properties) {
        this.properties = properties;
        var processing = properties.processing();
        this.slots = new ProcessingSlots(processing.maxConcurrent(), processing.maxWait(), processing.retryAfter());
    }

    @Override
    public ProcessedImage process(Upload upload) {
        var limit = properties.maxUploadSize().toBytes();
        if (upload.size() > limit) {
            throw tooLarge();
        }
        return slots.run(() -> process(read(upload, limit)));
    }

    private ProcessedImage process(byte[] upload) {
        var format = ImageFormat.sniff(Arrays.copyOf(upload, Math.min(upload.length, 16)));
        if (format == null) {
            throw CatalogErrors.unsupportedImage();
        }
        var decoded = decode(upload, format);
        var renditions = new EnumMap<ImageSize, Rendition>(ImageSize.class);
        renditions.put(ImageSize.ORIGINAL, original(upload, format));
        for (var size : ImageSize.values()) {
            if (size != ImageSize.ORIGINAL) {
                renditions.put(size, thumbnail(decoded.working(), size.maxEdge()));
            }
        }
        return new ProcessedImage(format, decoded.width(), decoded.height(), renditions);
    }

    /** The upload's bytes, at most {@code limit} of them whatever the client declared. */
    private byte[] read(Upload upload, long limit) {
        try (var in = upload.open()) {
            var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    /** The full dimensions from the header and the pixels subsampled to fit {@link #WORKING_EDGE}. */
    private record Decoded(int width, int height, BufferedImage working) {}

    private Decoded decode(byte[] upload, ImageFormat format) {
        try (ImageInputStream in = new ByteArrayImageInputStream(upload)) {
            var reader = readerFor(in, format);
            try {
                reader.setInput(in, true, true);
                var width = reader.getWidth(0);
                var height = reader.getHeight(0);
                checkDimensions(format, width, height);
                var param = reader.getDefaultReadParam();
                var step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                return new Decoded(width, height, reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw CatalogErrors.unsupportedImage();
        }
    }

    private static ImageReader readerFor(ImageInputStream in, ImageFormat format) throws IOException {
        var readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            var candidate = readers.next();
            var name = candidate.getFormatName().toLowerCase(Locale.ROOT);
            if (name.equals(format.name().toLowerCase(Locale.ROOT))
                    || (format == ImageFormat.JPEG && name.equals("jpg"))) {
                return candidate;
            }
        }
        throw CatalogErrors.unsupportedImage();
    }

    private void checkDimensions(ImageFormat format, int width, int height) {
        if (width > properties.maxEdge()
                || height > properties.maxEdge()
                || width < properties.minEdge()
                || height < properties.minEdge()) {
            throw CatalogErrors.imageDimensions(properties.minEdge(), properties.maxEdge(), width, height);
        }
        var maxPixels = format == ImageFormat.WEBP ? properties.maxWebpPixels() : properties.maxPixels();
        if ((long) width * height > maxPixels) {
            throw CatalogErrors.imageTooManyPixels(format.name(), maxPixels, width, height);
        }
    }

    /**
     * The smallest whole-number step that brings the longest edge within {@link #WORKING_EDGE}; the working image is
     * then still at least half that, never smaller than the largest rendition.
     */
    static int subsampling(int width, int height) {
        var longest = Math.max(width, height);
        return Math.max(1, (longest + WORKING_EDGE - 1) / WORKING_EDGE);
    }

    private static Rendition original(byte[] upload, ImageFormat format) {
        try {
            return switch (format) {
                case JPEG -> new Rendition(JpegMetadata.strip(upload), ImageFormat.JPEG.contentType());
                case PNG -> new Rendition(PngMetadata.strip(upload), ImageFormat.PNG.contentType());
                case WEBP -> new Rendition(WebpMetadata.strip(upload), ImageFormat.WEBP.contentType());
            };
        } catch (IllegalArgumentException brokenStructure) {
            throw CatalogErrors.unsupportedImage();
        }
    }

    private DomainException tooLarge() {
        return CatalogErrors.imageTooLarge(properties.maxUploadSize().toMegabytes());
    }

    private static Rendition thumbnail(BufferedImage image, int maxEdge) {
        var scaled = scale(image, maxEdge);
        return scaled.getColorModel().hasAlpha()
                ? new Rendition(png(scaled), ImageFormat.PNG.contentType())
                : new Rendition(jpeg(scaled, THUMBNAIL_QUALITY), ImageFormat.JPEG.contentType());
    }

    /** Scales down (never up) to fit {@code maxEdge}, halving step by step for a smooth result. */
    static BufferedImage scale(BufferedImage image, int maxEdge) {
        var longest = Math.max(image.getWidth(), image.getHeight());
        var alpha = image.getColorModel().hasAlpha();
        var type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var current = image;
        var targetWidth = longest <= maxEdge ? image.getWidth() : Math.max(1, image.getWidth() * maxEdge / longest);
        var targetHeight = longest <= maxEdge ? image.getHeight() : Math.max(1, image.getHeight() * maxEdge / longest);
        do {
            var width = Math.max(targetWidth, current.getWidth() / 2);
            var height = Math.max(targetHeight, current.getHeight() / 2);
            var next = new BufferedImage(width, height, type);
            var g = next.createGraphics();
            try {
                if (!alpha) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, width, height);
                }
                g.setComposite(AlphaComposite.SrcOver);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        var rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = rgb.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
