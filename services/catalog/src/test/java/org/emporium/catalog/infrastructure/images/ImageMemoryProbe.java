package org.emporium.catalog.infrastructure.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emporium.catalog.application.image.ImageProcessor.Upload;
import org.emporium.platform.core.DomainException;
import org.springframework.util.unit.DataSize;

/**
 * Run in a JVM of its own at the service's heap by {@link ImageMemoryIT}: processes every file given, all at once
 * (one thread each), with the catalog's default image settings, and prints one line per file: {@code ok WxH} or
 * {@code refused CODE}. An OutOfMemoryError ends the JVM (the IT starts it with {@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class ImageMemoryProbe {
    private ImageMemoryProbe() {}

    /** The defaults of {@link ImageProperties} (its {@code @DefaultValue}s), as a running catalog has them. */
    static ImageProperties defaults() {
        return new ImageProperties(
                "local",
                DataSize.ofMegabytes(10),
                8000,
                50,
                40_000_000,
                12_000_000,
                new ImageProperties.Processing(2, Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ImageProperties.Local(Path.of("unused")),
                new ImageProperties.Gcs(null, null, null, ""));
    }

    public static void main(String[] args) throws Exception {
        var processor = new ImageIoProcessor(defaults());
        try (var pool = Executors.newFixedThreadPool(args.length)) {
            var results = new ArrayList<Future<String>>();
            for (var file : args) {
                results.add(pool.submit(() -> {
                    var bytes = Files.readAllBytes(Path.of(file));
                    try {
                        var processed = processor.process(Upload.of(bytes));
                        return "ok " + processed.width() + "x" + processed.height();
                    } catch (DomainException e) {
                        return "refused " + e.code();
                    }
                }));
            }
            for (var result : results) {
                System.out.println(result.get());
            }
        }
    }
}
