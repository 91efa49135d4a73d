package org.emporium.platform.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds every {@code META-INF/emporium-defaults/*.properties} on the classpath as the lowest-precedence property
 * source, so each platform module ships sensible defaults that a service's own configuration and the environment
 * always override.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE_NAME = "emporiumPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        var merged = new Properties();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/emporium-defaults/*.properties");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (var resource : resources) {
                try (var in = resource.getInputStream()) {
                    merged.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read platform defaults", e);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE_NAME, merged));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
