package org.emporium.catalog.infrastructure.images;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes metadata from a JPEG without decoding it: comments, EXIF and XMP ({@code APP1}), IPTC ({@code APP13}), the
 * multi-picture index and every other application segment go; what the picture needs stays — the JFIF header
 * (without its embedded thumbnail), the ICC colour profile ({@code APP2 ICC_PROFILE}), the Adobe colour-transform
 * flag ({@code APP14}), tables, frames and scans. Anything after the end-of-image marker (appended pictures or
 * files) is dropped. The pixels are untouched, so the original keeps its full quality.
 */
final class JpegMetadata {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int COM = 0xFE;
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);

    private JpegMetadata() {}

    /** @throws IllegalArgumentException when the segment structure is broken */
    static byte[] strip(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            throw new IllegalArgumentException("Not a JPEG");
        }
        var out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(SOI);
        int i = 2;
        while (true) {
            if (i >= jpeg.length || (jpeg[i] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("Expected a marker at " + i);
            }
            while (i < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                i++; // fill bytes
            }
            if (i >= jpeg.length) {
                throw new IllegalArgumentException("Truncated marker");
            }
            int marker = jpeg[i++] & 0xFF;
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker); // stand-alone markers have no length
                continue;
            }
            if (i + 2 > jpeg.length) {
                throw new IllegalArgumentException("Truncated segment length");
            }
            int length = ((jpeg[i] & 0xFF) << 8) | (jpeg[i + 1] & 0xFF);
            if (length < 2 || i + length > jpeg.length) {
                throw new IllegalArgumentException("Segment runs past the end");
            }
            var body = Arrays.copyOfRange(jpeg, i + 2, i + length);
            if (marker == APP0 && startsWith(body, JFIF) && body.length >= 14) {
                // The JFIF header without its thumbnail pixels (which may show what the picture was cropped from).
                var header = Arrays.copyOf(body, 14);
                header[12] = 0;
                header[13] = 0;
                writeSegment(out, marker, header);
            } else if (keep(marker, body)) {
                out.write(jpeg, i - 2, length + 2);
            }
            i += length;
            if (marker == SOS) {
                int start = i;
                // Entropy-coded data: a 0xFF in it is followed by 0x00 (stuffing) or a restart marker.
                while (i + 1 < jpeg.length) {
                    if ((jpeg[i] & 0xFF) == 0xFF) {
                        int next = jpeg[i + 1] & 0xFF;
                        if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                            break;
                        }
                        i += 2;
                    } else {
                        i++;
                    }
                }
                if (i + 1 >= jpeg.length) {
                    // No end-of-image marker: decoders accept that, and so do we; close it properly.
                    out.write(jpeg, start, jpeg.length - start);
                    out.write(0xFF);
                    out.write(EOI);
                    return out.toByteArray();
                }
                out.write(jpeg, start, i - start);
            }
        }
    }

    private static boolean keep(int marker, byte[] body) {
        if (marker == COM) {
            return false;
        }
        if (marker >= APP0 && marker <= 0xEF) {
            return (marker == APP2 && startsWith(body, ICC)) || (marker == APP14 && startsWith(body, ADOBE));
        }
        return true;
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xFF);
        out.write(marker);
        out.write((body.length + 2) >> 8);
        out.write((body.length + 2) & 0xFF);
        out.writeBytes(body);
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }
}
