package org.emporium.platform.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in {@code META-INF/spring.factories}; acts on test classes annotated {@link RealInfrastructure}. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.postgres(), annotation.amqp(), annotation.redis());
    }

    record Customizer(boolean postgres, boolean amqp, boolean redis) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = new HashMap<>();
            if (postgres) {
                var pg = TestInfrastructure.postgres();
                properties.put("spring.datasource.url", TestInfrastructure.createDatabase("test"));
                properties.put("spring.datasource.username", pg.adminUser());
                properties.put("spring.datasource.password", pg.adminPassword());
            }
            if (amqp) {
                var broker = TestInfrastructure.amqp();
                properties.put("spring.rabbitmq.host", broker.host());
                properties.put("spring.rabbitmq.port", broker.port());
                properties.put("spring.rabbitmq.username", broker.username());
                properties.put("spring.rabbitmq.password", broker.password());
                properties.put(
                        "emporium.messaging.namespace",
                        "t" + UUID.randomUUID().toString().substring(0, 8));
            }
            if (redis) {
                var server = TestInfrastructure.redis();
                properties.put("spring.data.redis.host", server.host());
                properties.put("spring.data.redis.port", server.port());
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("emporium-real-infrastructure", properties));
        }
    }
}
