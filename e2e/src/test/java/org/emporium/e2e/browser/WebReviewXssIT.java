package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.emporium.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

/**
 * A stored-XSS probe (issue 13): a customer writes a review full of markup through the product page's form, an
 * admin approves it, and the product page shows it to a visitor as text: no element is made of it and no script of
 * it runs. The Content-Security-Policy would stop inline scripts too, so the test also checks the DOM itself: it
 * fails if the template rendered the review as HTML even where the browser refused to run it.
 */
@Isolated
@WebJourney
class WebReviewXssIT {
    private static final String TITLE = "<b onmouseover=alert(3)>Great</b> kettle";
    private static final String TEXT = "<img src=x onerror=alert(1)><script>window.__xss=1</script>"
            + " <a href=\"javascript:window.__xss=2\">click</a> boils fast.";

    @Test
    void aReviewWithMarkupRendersAsTextAndNoScriptOfItRuns(RunningPlatform platform, Browser browser) {
        var client = platform.client();
        var shop = new ShopData(client);
        var admin = shop.admin();
        var kettle = shop.newProduct(admin, "Kettle " + ShopData.uniqueWord("xss"), "Arvella", "30.00", 5);
        var author = shop.newCustomer("Xavier Probe");
        // comment learns about the product from catalog's event before it takes reviews of it
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get("/api/comment/products/" + kettle.id() + "/reviews")
                                .status()
                        == 200);

        browser.signIn(author.email(), author.password());
        browser.open("/products/" + kettle.slug());
        browser.select(By.id("rating"), "4 / 5");
        browser.type(By.id("title"), TITLE);
        browser.type(By.id("text"), TEXT);
        browser.clickAndLoad(By.id("submit-review"));
        browser.text(
                By.cssSelector("#reviews .notice"), "Thank you: your review shows once a moderator has approved it.");

        var mine = client.get("/api/comment/reviews/mine", shop.login(author.email(), author.password()));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        var review = mine.json().path("items").get(0);
        assertThat(review.path("text").asString()).as("stored as sent").isEqualTo(TEXT);
        var approved =
                client.post("/api/comment/admin/reviews/" + review.path("id").asString() + "/approve", null, admin);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        browser.reset().open("/products/" + kettle.slug());
        var shown = browser.text(By.cssSelector("#reviews .review-text"), TEXT);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", shown);
        browser.text(By.cssSelector("#reviews .review-title"), TITLE);
        assertThat(browser.all(By.cssSelector("#reviews img, #reviews script, #reviews b, #reviews .review a")))
                .as("no element made of the review's markup")
                .isEmpty();
        assertThat(browser.openDialog()).as("no alert opened").isEmpty();
        assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
    }
}
