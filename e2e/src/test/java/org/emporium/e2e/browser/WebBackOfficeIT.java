package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.e2e.RunningPlatform;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The back office in the browser: a customer is refused with the 403 page; an admin creates a product with a picture
 * and visitors find it, picture included, in search; the dashboard draws its charts.
 */
@Isolated
@WebJourney
class WebBackOfficeIT {
    @Test
    void aCustomerOpeningTheBackOfficeGetsTheForbiddenPage(RunningPlatform platform, Browser browser) {
        var customer = new ShopData(platform.client()).newCustomer("Cora Customer");
        browser.signIn(customer.email(), customer.password());

        browser.open("/admin");

        browser.text(By.cssSelector("#main h1"), "403 — not allowed");
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.location()).isEqualTo("/admin");
        assertThat(browser.all(By.linkText("Back office")))
                .as("not offered to a customer")
                .isEmpty();
    }

    @Test
    void anAdminCreatesAProductWithAPictureAndVisitorsFindIt(RunningPlatform platform, Browser browser) {
        var word = ShopData.uniqueWord("lamp");
        var name = "Desk lamp " + word;
        var account = ServiceRegistry.DEMO_ACCOUNTS.get(0);
        browser.signIn(account.username(), account.password());

        browser.open("/admin/products/new");
        browser.type(By.id("name"), name);
        new Select(browser.visible(By.id("categoryId"))).selectByIndex(1);
        browser.type(By.id("brand"), "Lumo");
        browser.type(By.id("description"), "A lamp made in the back office.");
        browser.type(By.id("price"), "34.50");
        browser.type(By.id("currency"), "EUR");
        browser.type(By.id("stock"), "7");
        browser.selectValue(By.id("status-select"), "ACTIVE");
        browser.clickAndLoad(By.id("save-product"));
        browser.text(By.cssSelector("#main .notice"), "Product created.");
        browser.text(By.id("status"), "ACTIVE");

        browser.visible(By.id("file")).sendKeys(ShopData.png(640, 480).toString());
        browser.clickAndLoad(By.id("upload"));
        browser.visible(By.cssSelector("#images .admin-image img"));

        browser.reset().open("/search?q=" + word);
        browser.text(By.id("results-title"), "1 product");
        browser.text(By.cssSelector(".results .card h3"), name);
        var picture = browser.visible(By.cssSelector(".results .card img"));
        assertThat(picture.getAttribute("alt")).isEqualTo(name);
        browser.waitUntil(d -> Boolean.TRUE.equals(
                browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", picture)));
    }

    @Test
    void theDashboardShowsTheSalesCharts(Browser browser) {
        var account = ServiceRegistry.DEMO_ACCOUNTS.get(0);
        browser.signIn(account.username(), account.password());

        browser.open("/admin");

        browser.visible(By.id("figures"));
        // ECharts draws into a canvas inside each chart's element once the data has arrived
        for (var chart : List.of("chart-sales", "chart-funnel", "chart-products")) {
            browser.visible(By.cssSelector("#" + chart + " canvas"));
        }
    }
}
