package org.emporium.catalog.infrastructure.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Removes the EXIF and XMP chunks from a WebP file (a RIFF container) and clears their flags in the VP8X header,
 * leaving the image data untouched — there is no WebP encoder to re-encode with.
 */
final class WebpMetadata {
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpMetadata() {}

    static byte[] strip(byte[] webp) {
        var in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        var body = new ByteArrayOutputStream(webp.length);
        int offset = 12;
        while (offset + 8 <= webp.length) {
            var fourcc = new String(webp, offset, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(in.getInt(offset + 4));
            long padded = size + (size & 1);
            if (offset + 8 + size > webp.length) {
                throw new IllegalArgumentException("Truncated WebP chunk " + fourcc);
            }
            int length = (int) Math.min(8 + padded, webp.length - offset);
            if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
                var chunk = java.util.Arrays.copyOfRange(webp, offset, offset + length);
                if (fourcc.equals("VP8X") && chunk.length > 8) {
                    chunk[8] = (byte) (chunk[8] & ~(EXIF_FLAG | XMP_FLAG));
                }
                body.writeBytes(chunk);
            }
            offset += length;
        }
        var chunks = body.toByteArray();
        var out = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(webp, 0, 4).putInt(4 + chunks.length).put(webp, 8, 4).put(chunks);
        return out.array();
    }
}
