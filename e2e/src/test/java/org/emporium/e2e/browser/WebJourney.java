package org.emporium.e2e.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.emporium.e2e.PlatformExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** A class of browser journeys: Chromium must be there (checked first), then the shared platform and browser. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BrowserExtension.class, PlatformExtension.class})
public @interface WebJourney {}
