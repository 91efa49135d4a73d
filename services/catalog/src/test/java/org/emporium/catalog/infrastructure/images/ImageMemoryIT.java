package org.emporium.catalog.infrastructure.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image processing at the heap a running catalog has (the launcher starts it with {@value #HEAP}): the reproduction
 * of issue 8 (two 8000×8000 JPEGs at once killed the process with an OutOfMemoryError) and the largest accepted
 * image, several at once. Each run is a JVM of its own ({@link ImageMemoryProbe}) so the heap is the service's, not
 * the test runner's; it must finish with every upload processed or refused with a clean code, never die.
 */
class ImageMemoryIT {
    static final String HEAP = "-Xmx256m";

    @TempDir
    static Path folder;

    static Path huge;
    static Path largestAccepted;

    @BeforeAll
    static void makeImages() throws IOException {
        // ordinary photos of these sizes are a few hundred KB to a few MB; a gradient compresses like one
        huge = write("huge.jpg", 8000, 8000);
        largestAccepted = write("largest.jpg", 8000, 5000); // 40 million pixels: the default maximum
    }

    @Test
    void twoConcurrentUploadsOfAn8000PixelSquareJpegAreRefusedAndTheJvmSurvives() throws Exception {
        var lines = probe(huge, huge);

        assertThat(lines)
                .containsExactly("refused CATALOG.IMAGE_TOO_MANY_PIXELS", "refused CATALOG.IMAGE_TOO_MANY_PIXELS");
    }

    @Test
    void severalLargestAcceptedImagesAtOnceAreProcessedOrRefusedAsBusyWithoutRunningOutOfMemory() throws Exception {
        var lines = probe(largestAccepted, largestAccepted, largestAccepted, largestAccepted);

        assertThat(lines)
                .hasSize(4)
                .allMatch(line -> line.equals("ok 8000x5000") || line.equals("refused CATALOG.IMAGE_PROCESSING_BUSY"));
        assertThat(lines).contains("ok 8000x5000");
    }

    private static List<String> probe(Path... files) throws Exception {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                ImageMemoryProbe.class.getName()));
        for (var file : files) {
            command.add(file.toString());
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as("the probe JVM died:%n%s", output).isZero();
        return output.lines()
                .filter(l -> l.startsWith("ok ") || l.startsWith("refused "))
                .toList();
    }

    private static Path write(String name, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, java.awt.Color.ORANGE, width, height, java.awt.Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var file = folder.resolve(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }
}
