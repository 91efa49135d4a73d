import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * For bench/gateway/run.sh (JFR=1): where a gateway's CPU samples and allocations went, from a JFR recording.
 * Prints the top methods by own samples (the frame on top), by samples with the method anywhere on the stack, the
 * share of samples per part of the stack (by the top frame's package), and the top allocated classes by weight.
 * Run as a source file: java bench/gateway/JfrTop.java gateway.jfr [how-many, default 25]
 */
public class JfrTop {
    /** Parts of the stack, by package prefix of the top frame; the first that matches wins. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("org.emporium.", "Emporium gateway code");
        PARTS.put("org.springframework.cloud.gateway.", "Spring Cloud Gateway");
        PARTS.put("org.springframework.security.", "Spring Security");
        PARTS.put("org.springframework.web.", "Spring WebFlux / web");
        PARTS.put("org.springframework.http.", "Spring HTTP (headers, codecs)");
        PARTS.put("org.springframework.util.", "Spring util (header maps...)");
        PARTS.put("org.springframework.", "Spring (other)");
        PARTS.put("reactor.netty.", "Reactor Netty");
        PARTS.put("reactor.", "Reactor core (operators, context)");
        PARTS.put("io.netty.", "Netty");
        PARTS.put("io.micrometer.", "Micrometer (observations, meters, tracing)");
        PARTS.put("io.opentelemetry.", "OpenTelemetry");
        PARTS.put("io.github.resilience4j.", "Resilience4j");
        PARTS.put("io.github.bucket4j.", "Bucket4j");
        PARTS.put("io.lettuce.", "Lettuce (Redis)");
        PARTS.put("com.nimbusds.", "Nimbus JOSE (JWT)");
        PARTS.put("com.github.benmanes.caffeine.", "Caffeine");
        PARTS.put("ch.qos.logback.", "Logback");
        PARTS.put("org.slf4j.", "SLF4J");
        PARTS.put("tools.jackson.", "Jackson");
        PARTS.put("java.util.regex.", "JDK regex");
        PARTS.put("java.util.concurrent.", "JDK concurrency");
        PARTS.put("java.util.", "JDK collections");
        PARTS.put("java.lang.invoke.", "JDK method handles");
        PARTS.put("java.lang.", "JDK lang (strings...)");
        PARTS.put("sun.nio.", "JDK NIO");
        PARTS.put("java.", "JDK (other)");
        PARTS.put("jdk.", "JDK (other)");
        PARTS.put("sun.", "JDK (other)");
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        var self = new HashMap<String, Long>();
        var inclusive = new HashMap<String, Long>();
        var parts = new HashMap<String, Long>();
        var allocations = new HashMap<String, Long>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                String first = name(frames.get(0));
                self.merge(first, 1L, Long::sum);
                parts.merge(part(first), 1L, Long::sum);
                var seen = new HashSet<String>();
                for (RecordedFrame frame : frames) {
                    String method = name(frame);
                    if (seen.add(method)) {
                        inclusive.merge(method, 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocated += weight;
                allocations.merge(event.getClass("objectClass").getName(), weight, Long::sum);
            }
        }
        System.out.printf("%d CPU samples, %.1f MB allocated (sampled weight)%n", samples, allocated / 1e6);
        print("Top methods, own samples (top frame)", self, samples, top);
        print("Top methods, samples with the method on the stack", inclusive, samples, top);
        print("Samples by part of the stack (top frame's package)", parts, samples, parts.size());
        print("Top allocated classes (share of sampled weight)", allocations, allocated, top);
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    private static String part(String method) {
        for (var entry : PARTS.entrySet()) {
            if (method.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return "other";
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println();
        System.out.println(title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
