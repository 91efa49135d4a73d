package org.emporium.catalog.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made on the spot, some carrying a {@value #SECRET} marker in their metadata that must not survive. */
public final class TestImages {
    public static final String SECRET = "SECRET-GPS-48.8584N";

    private TestImages() {}

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    /** A PNG with a {@code tEXt} chunk holding the secret, right after the header. */
    public static byte[] pngWithMetadata(int width, int height) {
        var png = png(width, height);
        var text = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        var chunk = ByteBuffer.allocate(12 + text.length);
        chunk.putInt(text.length)
                .put("tEXt".getBytes(StandardCharsets.US_ASCII))
                .put(text);
        var crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(text);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature + IHDR chunk
        var out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk.array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A JPEG with a comment segment holding the secret, right after the start-of-image marker. */
    public static byte[] jpegWithMetadata(int width, int height) {
        var jpeg = jpeg(width, height);
        var comment = SECRET.getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.writeBytes(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static byte[] webpWithMetadata() {
        try (var in = TestImages.class.getResourceAsStream("/images/with-metadata.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean containsSecret(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(SECRET)
                || new String(bytes, StandardCharsets.ISO_8859_1).contains("SECRET");
    }

    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
