package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor and a new customer in the storefront: the home page, a search narrowed with the filters and a facet,
 * registration and sign-in, the basket and a coupon (refused with discount's reason, then applied).
 */
@Isolated
@WebJourney
class WebStorefrontIT {
    private static final By RESULTS = By.id("results-title");
    private static final By CARD_NAMES = By.cssSelector(".results .card h3");

    @Test
    void theHomePageShowsCategoriesAndFeaturedProducts(Browser browser) {
        browser.open("/");

        browser.visible(By.id("categories-title"));
        assertThat(browser.all(By.cssSelector(".categories li a"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector("#main .grid .card")))
                .as("featured products")
                .isNotEmpty();
        assertThat(browser.visible(By.id("sign-in")).getText()).isEqualTo("Sign in");
    }

    @Test
    void aVisitorSearchesAndNarrowsTheResultsWithFiltersAndFacets(RunningPlatform platform, Browser browser) {
        var shop = new ShopData(platform.client());
        var admin = shop.admin();
        var word = ShopData.uniqueWord("quokka");
        var kettle = shop.newProduct(admin, "Kettle " + word, "Arvella", "19.90", 5);
        var teapot = shop.newProduct(admin, "Teapot " + word, "Arvella", "89.00", 5);
        var mug = shop.newProduct(admin, "Mug " + word, "Borrelli", "24.50", 5);
        var jug = shop.newProduct(admin, "Jug " + word, "Arvella", "15.00", 0);

        browser.open("/");
        browser.type(By.id("site-q"), word);
        browser.clickAndLoad(By.cssSelector("form.search-box button[type=submit]"));
        browser.text(RESULTS, "4 products");
        assertThat(names(browser)).containsExactlyInAnyOrder(kettle.name(), teapot.name(), mug.name(), jug.name());

        browser.type(By.id("brand"), "Arvella");
        browser.type(By.id("maxPrice"), "50");
        browser.visible(By.id("inStock")).click();
        browser.select(By.id("sort"), "Price, lowest first");
        browser.clickAndLoad(By.id("apply-filters"));
        browser.text(RESULTS, "1 product");
        assertThat(names(browser)).containsExactly(kettle.name());
        assertThat(browser.location())
                .contains("brand=Arvella")
                .contains("maxPrice=50")
                .contains("inStock=true");

        // Only the words again, then the brand facet: Borrelli's mug alone.
        browser.open("/search?q=" + word + "&sort=price");
        browser.text(RESULTS, "4 products");
        assertThat(names(browser))
                .as("sorted by price")
                .containsExactly(jug.name(), kettle.name(), mug.name(), teapot.name());
        browser.clickAndLoad(By.linkText("Borrelli (1)"));
        browser.text(RESULTS, "1 product");
        assertThat(names(browser)).containsExactly(mug.name());
    }

    @Test
    void aVisitorRegistersAndSignsIn(Browser browser) {
        var email = "web-" + ShopData.uniqueWord("reg") + "@example.com";
        browser.open("/");
        browser.clickAndLoad(By.linkText("Register"));
        browser.type(By.id("email"), email);
        browser.type(By.id("displayName"), "Wendy Browser");
        browser.type(By.id("password"), "Correct-Horse-42!");
        browser.clickAndLoad(By.id("register"));

        // identity's sign-in page, where the web app sends a new customer
        browser.type(By.id("username"), email);
        browser.type(By.id("password"), "Correct-Horse-42!");
        browser.clickAndLoad(By.xpath("//input[@id='password']/ancestor::form//button[@type='submit']"));

        assertThat(browser.visible(By.id("sign-out")).getText()).isEqualTo("Sign out (Wendy Browser)");
        assertThat(browser.all(By.id("sign-in"))).isEmpty();
    }

    @Test
    void aCustomerAddsToTheBasketAndAppliesACoupon(RunningPlatform platform, Browser browser) {
        var shop = new ShopData(platform.client());
        var admin = shop.admin();
        var lamp = shop.newProduct(admin, "Lamp " + ShopData.uniqueWord("basket"), "Lumo", "40.00", 10);
        var code = shop.newPercentageCoupon(admin, 10);
        var customer = shop.newCustomer("Basil Basket");
        shop.answers("/api/basket", shop.login(customer.email(), customer.password()));

        browser.signIn(customer.email(), customer.password());
        browser.open("/products/" + lamp.slug());
        browser.type(By.id("quantity"), "2");
        browser.clickAndLoad(By.id("add-to-basket"));
        assertThat(browser.location()).isEqualTo("/basket");
        browser.text(By.id("subtotal"), "80.00 EUR");
        assertThat(browser.visible(By.cssSelector("tr.line")).getText()).contains(lamp.name());

        browser.type(By.id("coupon-code"), "NO-SUCH-COUPON");
        browser.clickAndLoad(By.id("apply-coupon"));
        assertThat(browser.visible(By.cssSelector("#main .problem")).getText())
                .as("discount's reason for the refusal")
                .isNotBlank();
        assertThat(browser.all(By.id("coupon"))).isEmpty();

        browser.type(By.id("coupon-code"), code);
        browser.clickAndLoad(By.id("apply-coupon"));
        browser.text(By.id("coupon"), code);
        browser.text(By.id("discount"), "−8.00");
        browser.text(By.id("total"), "72.00 EUR");
    }

    private static List<String> names(Browser browser) {
        return browser.all(CARD_NAMES).stream().map(WebElement::getText).toList();
    }
}
