package org.emporium.e2e.browser;

import java.nio.file.Path;
import org.emporium.e2e.PlatformExtension;
import org.emporium.e2e.RunningPlatform;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriverException;

/**
 * One Chromium for the whole test JVM, started before the first browser test and closed when the JVM's tests are
 * done, on the one platform {@link PlatformExtension} started. Register this one first: a missing Chromium then fails
 * the class at once, before minutes are spent starting the platform. Each test starts as a new visitor (no cookies) and leaves a PNG of its last page, passed or failed, under
 * {@code e2e/target/browser-screenshots/<Class>-<test>.png}. Test methods receive the {@link Browser} as a parameter.
 */
public final class BrowserExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    /** Where PlatformExtension keeps the running platform (its namespace is its class). */
    private static final ExtensionContext.Namespace PLATFORM =
            ExtensionContext.Namespace.create(PlatformExtension.class);

    static Path screenshots() {
        return Path.of(System.getProperty("emporium.e2e.screenshots", "target/browser-screenshots"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireChromium();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        var browser = browser(context);
        var file = screenshots()
                .resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png");
        try {
            browser.screenshot(file);
        } catch (WebDriverException e) {
            // An open dialog blocks the screenshot: close it and take the page behind it.
            browser.openDialog()
                    .ifPresent(text -> browser.driver().switchTo().alert().dismiss());
            browser.screenshot(file);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        var root = context.getRoot();
        return root.getStore(NAMESPACE)
                .computeIfAbsent(
                        Browser.class,
                        key -> {
                            var platform = root.getStore(PLATFORM).get(RunningPlatform.class, RunningPlatform.class);
                            if (platform == null) {
                                throw new IllegalStateException(
                                        "The browser tests need the platform: @ExtendWith({BrowserExtension.class, PlatformExtension.class})");
                            }
                            var gateway = platform.gateway()
                                    .orElseThrow(() -> new IllegalStateException(
                                            "The gateway is not built: browser journeys need it"));
                            return Browser.start(gateway, screenshots().getParent());
                        },
                        Browser.class);
    }
}
