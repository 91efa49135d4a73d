/**
 * The web app's journeys in a real, headless Chromium (Selenium WebDriver, Debian's {@code chromium} and
 * {@code chromium-driver}), through the gateway like a person: {@code Web*IT}.
 */
package org.emporium.e2e.browser;
