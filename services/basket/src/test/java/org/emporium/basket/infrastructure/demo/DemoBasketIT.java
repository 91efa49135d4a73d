package org.emporium.basket.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.basket.domain.ProductSnapshot;
import org.emporium.basket.support.BasketIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo customer's starting basket: two demo catalog products (by name, from the local product copy), added once,
 * never to a basket that was written before, and not at all while the products are unknown.
 */
class DemoBasketIT extends BasketIntegrationTest {
    @Autowired
    DemoBasket demo;

    private ProductSnapshot speaker;

    @BeforeEach
    void demoCatalogInTheCopy() {
        copy("Wireless Noise-Cancelling Headphones", "249.00");
        speaker = copy("Portable Bluetooth Speaker", "79.00");
    }

    private ProductSnapshot copy(String name, String price) {
        // the same name may already be in the copy from another test: either serves the demo
        var product = new ProductSnapshot(UUID.randomUUID(), name, null, null, new BigDecimal(price), "EUR", true, 1);
        products.save(product);
        return product;
    }

    private static String tokenOf(UUID customer) {
        return TestTokens.token(
                customer.toString(), List.of("CUSTOMER"), null, TestTokens.ISSUER, Duration.ofMinutes(5));
    }

    @Test
    void theDemoCustomerStartsWithTwoLinesAddedOnce() {
        var customer = UUID.randomUUID();

        assertThat(demo.seed(customer)).isTrue();
        var basket = as(tokenOf(customer)).get("/api/basket").json();
        assertThat(basket.get("lines")).hasSize(2);
        var quantities = new java.util.HashMap<String, Integer>();
        basket.get("lines")
                .forEach(line -> quantities.put(
                        line.get("name").asString(), line.get("quantity").asInt()));
        assertThat(quantities)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Wireless Noise-Cancelling Headphones", 1, "Portable Bluetooth Speaker", 2));
        assertThat(basket.get("revision").asLong()).isEqualTo(2);

        as(tokenOf(customer)).delete("/api/basket");
        assertThat(demo.seed(customer)).as("an emptied demo basket stays empty").isFalse();
        assertThat(as(tokenOf(customer)).get("/api/basket").json().get("lines")).isEmpty();
    }

    @Test
    void aBasketThatWasWrittenBeforeIsLeftAlone() {
        var customer = UUID.randomUUID();
        var client = as(tokenOf(customer));
        client.post("/api/basket/lines", Map.of("productId", speaker.productId(), "quantity", 5));

        assertThat(demo.seed(customer)).isFalse();
        var basket = client.get("/api/basket").json();
        assertThat(basket.get("lines")).hasSize(1);
        assertThat(basket.get("lines").get(0).get("quantity").asInt()).isEqualTo(5);
    }

    /**
     * The trigger: the filter fills the basket for a validated token of the demo email, and for no other. (The token
     * is put in the security context as the resource server would: TestTokens cannot sign an {@code email} claim.)
     */
    @Test
    void theDemoCustomersFirstReadFillsTheBasketAnotherEmailsDoesNot() throws Exception {
        var demoCustomer = UUID.randomUUID();
        var otherCustomer = UUID.randomUUID();

        read(demoCustomer, "Customer@Emporium.dev");
        read(otherCustomer, "someone@example.com");

        assertThat(as(tokenOf(demoCustomer)).get("/api/basket").json().get("lines"))
                .hasSize(2);
        assertThat(as(tokenOf(otherCustomer)).get("/api/basket").json().get("lines"))
                .isEmpty();
    }

    private void read(UUID customer, String email) throws Exception {
        var jwt = org.springframework.security.oauth2.jwt.Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject(customer.toString())
                .claim("user_id", customer.toString())
                .claim("email", email)
                .build();
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/basket");
        var chain = new org.springframework.mock.web.MockFilterChain();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        new org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken(
                                jwt));
        try {
            demo.doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(), chain);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(chain.getRequest()).as("the read goes on").isSameAs(request);
    }

    @Test
    void anyOtherCustomersReadIsNotSeeded() {
        var basket = as(customer()).get("/api/basket").json();
        assertThat(basket.get("lines")).as("a token without the demo email").isEmpty();
        assertThat(basket.get("revision").asLong()).isZero();
    }

    @Test
    void withoutTheDemoProductsInTheCopyNothingIsAddedAndItIsTriedAgain() {
        var customer = UUID.randomUUID();
        redis.delete(redis.keys("basket:product:*").stream()
                .filter(key -> {
                    var data = (String) redis.opsForHash().get(key, "d");
                    return data != null && data.contains("Portable Bluetooth Speaker");
                })
                .toList());

        assertThat(demo.seed(customer)).isFalse();
        assertThat(as(tokenOf(customer)).get("/api/basket").json().get("lines")).isEmpty();

        copy("Portable Bluetooth Speaker", "79.00");
        assertThat(demo.seed(customer))
                .as("tried again once the products arrive")
                .isTrue();
        assertThat(as(tokenOf(customer)).get("/api/basket").json().get("lines")).hasSize(2);
    }
}
