package org.emporium.catalog.infrastructure.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes metadata from a PNG without decoding it: only the chunks the picture needs are copied (header, palette,
 * image data, transparency and colour information); text ({@code tEXt}, {@code zTXt}, {@code iTXt}), EXIF
 * ({@code eXIf}), timestamps, private chunks and anything after {@code IEND} go. Chunks are copied whole with their
 * checksums, so the pixels are untouched.
 */
final class PngMetadata {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> KEPT =
            Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs");

    private PngMetadata() {}

    /** @throws IllegalArgumentException when the chunk structure is broken */
    static byte[] strip(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            throw new IllegalArgumentException("Not a PNG");
        }
        var in = ByteBuffer.wrap(png);
        var out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int offset = SIGNATURE.length;
        while (offset + 12 <= png.length) {
            long length = Integer.toUnsignedLong(in.getInt(offset));
            if (offset + 12 + length > png.length) {
                throw new IllegalArgumentException("Truncated PNG chunk");
            }
            var type = new String(png, offset + 4, 4, StandardCharsets.US_ASCII);
            int total = (int) (12 + length);
            if (KEPT.contains(type)) {
                out.write(png, offset, total);
            }
            offset += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("PNG without IEND");
    }
}
