package org.emporium.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the platform once per test JVM, before the first test class that uses it, and stops it when the JVM's
 * tests are done. Test methods receive a {@link RunningPlatform} or an {@link EmporiumClient} of the gateway as
 * parameters.
 */
public final class PlatformExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        var type = parameter.getParameter().getType();
        return type == RunningPlatform.class || type == EmporiumClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var platform = platform(context);
        return parameter.getParameter().getType() == EmporiumClient.class ? platform.client() : platform;
    }

    private static RunningPlatform platform(ExtensionContext context) {
        // The root store closes AutoCloseable values when the JVM's tests are done.
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(RunningPlatform.class, key -> RunningPlatform.start(), RunningPlatform.class);
    }
}
