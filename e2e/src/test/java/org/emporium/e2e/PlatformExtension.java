package org.emporium.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the platform once per test JVM, before the first test class that uses it, and stops it when the JVM's
 * tests are done. Test methods receive a {@link RunningPlatform} or an {@link EmporiumClient} of the gateway as
 * parameters. When a test fails, every service's threads are dumped ({@link ThreadDumps}).
 */
public final class PlatformExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {
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

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        var platform = context.getRoot().getStore(NAMESPACE).get(RunningPlatform.class, RunningPlatform.class);
        if (platform != null && !platform.stopped()) {
            ThreadDumps.afterFailure(
                    platform,
                    context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName(),
                    System.out);
        }
    }

    private static RunningPlatform platform(ExtensionContext context) {
        // The root store closes AutoCloseable values when the JVM's tests are done.
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(RunningPlatform.class, key -> RunningPlatform.start(), RunningPlatform.class);
    }
}
