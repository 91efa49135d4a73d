package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The storefront at 360 px wide (issue 18's accessible basics): the home page, a search, a product page, the basket
 * and checkout's address form fit the width (nothing to scroll sideways), and the search box and the add-to-basket
 * button are still there to use. Each page's screenshot is kept.
 */
@Isolated
@WebJourney
class WebNarrowScreenIT {
    private static final int WIDTH = 360;

    @Test
    void theStorefrontFitsA360PixelScreen(RunningPlatform platform, Browser browser) {
        var shop = new ShopData(platform.client());
        var admin = shop.admin();
        var word = ShopData.uniqueWord("narrow");
        var kettle = shop.newProduct(admin, "Compact Kettle " + word, "Arvella", "21.00", 5);
        var customer = shop.newCustomer("Nora Narrow");
        var window = browser.driver().manage().window();
        var before = window.getSize();
        try {
            window.setSize(new Dimension(WIDTH, 800));
            assertThat(innerWidth(browser)).as("the viewport").isLessThanOrEqualTo(WIDTH);

            browser.open("/");
            fits(browser, "home");
            browser.visible(By.id("site-q"));

            browser.open("/search?q=" + word);
            browser.visible(By.id("results-title"));
            assertThat(browser.all(By.cssSelector(".results .card h3")))
                    .extracting(e -> e.getText())
                    .containsExactly(kettle.name());
            fits(browser, "search");

            browser.open("/products/" + kettle.slug());
            fits(browser, "product");
            browser.visible(By.id("add-to-basket"));

            browser.signIn(customer.email(), customer.password());
            browser.open("/products/" + kettle.slug());
            browser.clickAndLoad(By.id("add-to-basket"));
            browser.open("/basket");
            fits(browser, "basket");
            browser.clickAndLoad(By.id("checkout"));
            browser.visible(By.id("line1"));
            fits(browser, "checkout");
        } finally {
            window.setSize(before);
        }
    }

    /** Nothing wider than the viewport: the document scrolls no further sideways than the screen is wide. */
    private static void fits(Browser browser, String page) {
        browser.screenshot(BrowserExtension.screenshots().resolve("WebNarrowScreenIT-" + page + ".png"));
        var scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth)
                .as("%s at %d px: the page's width (a wider element makes it scroll sideways)", page, WIDTH)
                .isLessThanOrEqualTo(innerWidth(browser));
    }

    private static long innerWidth(Browser browser) {
        return ((Number) browser.script("return window.innerWidth")).longValue();
    }
}
