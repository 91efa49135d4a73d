package org.emporium.catalog.infrastructure.images;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.emporium.platform.core.ErrorKind;
import org.springframework.stereotype.Component;

/**
 * Image checks and renditions with ImageIO (TwelveMonkeys adds WebP decoding and sturdier JPEG). Dimensions are read
 * from the header before any pixel is decoded, so a small file that claims a huge canvas is refused cheaply.
 * Metadata goes away because JPEG and PNG originals are re-encoded from pixels, and a WebP original — which ImageIO
 * cannot write — keeps its image data with the EXIF and XMP chunks cut out. Thumbnails are JPEG, or PNG when the
 * image has transparency.
 */
@Component
public class ImageIoProcessor implements ImageProcessor {
    private static final float ORIGINAL_QUALITY = 0.92f;
    private static final float THUMBNAIL_QUALITY = 0.85f;
    private final ImageProperties properties;

    public ImageIoProcessor(ImageProperties properties) {
        this.properties = properties;
    }

    @Override
    public ProcessedImage process(byte[] upload) {
        if (upload.length > properties.maxUploadSize().toBytes()) {
            throw new DomainException(
                    CatalogErrors.IMAGE_TOO_LARGE,
                    ErrorKind.INVALID,
                    "An image has at most " + properties.maxUploadSize().toMegabytes() + " MB.");
        }
        var format = ImageFormat.sniff(Arrays.copyOf(upload, Math.min(upload.length, 16)));
        if (format == null) {
            throw unsupported();
        }
        var image = decode(upload, format);
        var renditions = new EnumMap<ImageSize, Rendition>(ImageSize.class);
        renditions.put(ImageSize.ORIGINAL, original(upload, format, image));
        for (var size : ImageSize.values()) {
            if (size != ImageSize.ORIGINAL) {
                renditions.put(size, thumbnail(image, size.maxEdge()));
            }
        }
        return new ProcessedImage(format, image.getWidth(), image.getHeight(), renditions);
    }

    private BufferedImage decode(byte[] upload, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(in);
            ImageReader reader = null;
            while (readers.hasNext()) {
                var candidate = readers.next();
                var name = candidate.getFormatName().toLowerCase(Locale.ROOT);
                if (name.equals(format.name().toLowerCase(Locale.ROOT))
                        || (format == ImageFormat.JPEG && name.equals("jpg"))) {
                    reader = candidate;
                    break;
                }
            }
            if (reader == null) {
                throw unsupported();
            }
            try {
                reader.setInput(in, true, true);
                var width = reader.getWidth(0);
                var height = reader.getHeight(0);
                if (width > properties.maxEdge()
                        || height > properties.maxEdge()
                        || width < properties.minEdge()
                        || height < properties.minEdge()) {
                    throw new DomainException(
                            CatalogErrors.IMAGE_DIMENSIONS,
                            ErrorKind.INVALID,
                            "Images are " + properties.minEdge() + " to " + properties.maxEdge()
                                    + " pixels wide and high; this one is " + width + "×" + height + ".");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unsupported();
        }
    }

    private static Rendition original(byte[] upload, ImageFormat format, BufferedImage image) {
        return switch (format) {
            case JPEG -> new Rendition(jpeg(image, ORIGINAL_QUALITY), ImageFormat.JPEG.contentType());
            case PNG -> new Rendition(png(image), ImageFormat.PNG.contentType());
            case WEBP -> {
                try {
                    yield new Rendition(WebpMetadata.strip(upload), ImageFormat.WEBP.contentType());
                } catch (IllegalArgumentException brokenChunks) {
                    throw unsupported();
                }
            }
        };
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

    private static DomainException unsupported() {
        return new DomainException(
                CatalogErrors.UNSUPPORTED_IMAGE, ErrorKind.INVALID, "Upload a JPEG, PNG or WebP image.");
    }
}
