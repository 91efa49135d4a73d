package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.e2e.RunningPlatform;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * Checkout to delivery in the browser: a customer checks out and pays; the order page they keep open goes to paid
 * and, once an admin has shipped the order in the back office (a second browser, their own session), to shipped, by
 * itself: the message service's push, relayed by the web app, without the page being loaded again.
 */
@Isolated
@WebJourney
class WebCheckoutIT {
    @Test
    void aCustomersOpenOrderPageGoesToPaidAndShippedLive(RunningPlatform platform, Browser browser) {
        var shop = new ShopData(platform.client());
        var admin = shop.admin();
        var lantern = shop.newProduct(admin, "Lantern " + ShopData.uniqueWord("checkout"), "Lumo", "25.00", 5);
        var customer = shop.newCustomer("Carla Checkout");
        var token = shop.login(customer.email(), customer.password());
        shop.answers("/api/basket", token);
        shop.answers("/api/ordering/orders", token);

        browser.signIn(customer.email(), customer.password());
        browser.open("/products/" + lantern.slug());
        browser.type(By.id("quantity"), "2");
        browser.clickAndLoad(By.id("add-to-basket"));
        browser.clickAndLoad(By.id("checkout"));
        browser.type(By.id("name"), "Carla Checkout");
        browser.type(By.id("line1"), "Hauptstraße 1");
        browser.type(By.id("postalCode"), "10115");
        browser.type(By.id("city"), "Berlin");
        browser.selectValue(By.id("country"), "DE");
        browser.clickAndLoad(By.id("to-review"));
        browser.text(By.id("total"), "50.00 EUR");
        browser.clickAndLoad(By.id("place-order"));

        assertThat(browser.location()).startsWith("/orders/");
        var order = browser.location();
        var orderId = order.substring("/orders/".length());
        browser.markDocument();
        // PENDING until catalog has reserved the stock; the page learns that by itself
        browser.visible(By.cssSelector("#status[data-status='AWAITING_PAYMENT']"));

        // Pay in a second tab (same session); the order page stays open in the first.
        var orderTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(order + "/pay");
        browser.visible(By.id("test-cards"));
        browser.type(By.id("cardholder"), "Carla Checkout");
        browser.type(By.id("cardNumber"), "4242 4242 4242 4242");
        browser.type(By.id("expiry"), "12/39");
        browser.type(By.id("cvc"), "123");
        browser.clickAndLoad(By.id("pay-now"));
        browser.text(By.cssSelector("#main .notice"), "Thank you: your payment went through.");
        browser.driver().close();
        browser.driver().switchTo().window(orderTab);

        browser.visible(By.cssSelector("#status[data-status='PAID']"));
        assertThat(browser.stillTheSameDocument())
                .as("updated in place, not reloaded")
                .isTrue();

        try (var back =
                Browser.start(browser.base(), BrowserExtension.screenshots().getParent())) {
            var account = ServiceRegistry.DEMO_ACCOUNTS.get(0);
            back.signIn(account.username(), account.password());
            back.open("/admin/orders/" + orderId);
            back.text(By.id("order-status"), "PAID");
            back.type(By.id("carrier"), "DHL");
            back.type(By.id("trackingNumber"), "JJD000390007");
            back.clickAndLoad(By.id("ship"));
            back.text(By.id("order-status"), "SHIPPED");
            back.screenshot(BrowserExtension.screenshots().resolve("WebCheckoutIT-backOfficeShipped.png"));
        }

        browser.visible(By.cssSelector("#status[data-status='SHIPPED']"));
        browser.text(By.id("shipment"), "Shipped with DHL, tracking number JJD000390007");
        assertThat(browser.stillTheSameDocument())
                .as("updated in place, not reloaded")
                .isTrue();
    }
}
