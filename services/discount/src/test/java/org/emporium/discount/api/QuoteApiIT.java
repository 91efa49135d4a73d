package org.emporium.discount.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.emporium.discount.support.DiscountIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

class QuoteApiIT extends DiscountIntegrationTest {

    @Test
    void aCustomerIsToldHowMuchIsMissingForTheMinimum() {
        var quote = as(TestTokens.customer())
                .post("/api/discount/quotes", quote("save5", List.of(line("12.50", 2), line("12.45", 1))));
        assertThat(quote.status()).isEqualTo(200);
        var json = quote.json();
        assertThat(json.get("applies").asBoolean()).isFalse();
        assertThat(json.get("reason").asString()).isEqualTo("MINIMUM_NOT_MET");
        assertThat(json.get("missingAmount").decimalValue()).isEqualByComparingTo("12.55");
        assertThat(json.get("subtotal").decimalValue()).isEqualByComparingTo("37.45");
        assertThat(json.get("discount").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void anApplyingQuoteAllocatesTheDiscountAcrossLines() {
        var json = as(TestTokens.customer())
                .post(
                        "/api/discount/quotes",
                        quote("SAVE5", List.of(line("20.00", 1), line("20.00", 1), line("20.00", 1))))
                .json();
        assertThat(json.get("applies").asBoolean()).isTrue();
        assertThat(json.get("reason").isNull()).isTrue();
        assertThat(json.get("discount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(json.get("total").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(json.get("allocations").get(0).get("discount").decimalValue())
                .isEqualByComparingTo("1.67");
        assertThat(json.get("allocations").get(1).get("discount").decimalValue())
                .isEqualByComparingTo("1.67");
        assertThat(json.get("allocations").get(2).get("discount").decimalValue())
                .isEqualByComparingTo("1.66");
    }

    @Test
    void expiredAndUnknownCodesAreAnswersNotErrors() {
        var customer = as(TestTokens.customer());
        assertThat(customer.post("/api/discount/quotes", quote("EXPIRED2025", List.of(line("10", 1))))
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("EXPIRED");
        assertThat(customer.post("/api/discount/quotes", quote("NO-SUCH-CODE", List.of(line("10", 1))))
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("UNKNOWN");
    }

    @Test
    void aCustomerQuotesForThemselvesWhateverCustomerIdTheySend() {
        var code = code("own");
        var body = percentage(code, "10");
        body.put("maxPerCustomer", 1);
        createCoupon(body);
        var customer = UUID.randomUUID();
        ordering().post("/internal/redemptions", reservation(UUID.randomUUID(), customer, code, "10"));

        var request = quote(code, List.of(line("10", 1)));
        request.put("customerId", customer);
        // another customer naming the first one is still quoted as themselves
        assertThat(as(TestTokens.customer())
                        .post("/api/discount/quotes", request)
                        .json()
                        .get("applies")
                        .asBoolean())
                .isTrue();
        assertThat(as(customer(customer))
                        .post("/api/discount/quotes", request)
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("CUSTOMER_LIMIT_REACHED");
        assertThat(as(TestTokens.service("discount.quote"))
                        .post("/api/discount/quotes", request)
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("CUSTOMER_LIMIT_REACHED");
    }

    @Test
    void aServiceNeedsTheScopeAndMustNameTheCustomer() {
        var request = quote("SAVE5", List.of(line("10", 1)));
        assertThat(as(TestTokens.service("catalog.read"))
                        .post("/api/discount/quotes", request)
                        .status())
                .isEqualTo(403);
        var missing = as(TestTokens.service("discount.quote")).post("/api/discount/quotes", request);
        assertThat(missing.status()).isIn(400, 422);
        assertThat(missing.body()).contains("customerId");
        assertThat(as(null).post("/api/discount/quotes", request).status()).isEqualTo(401);
    }

    @Test
    void malformedQuotesAreProblemsNamingTheField() {
        var customer = as(TestTokens.customer());
        assertThat(customer.post("/api/discount/quotes", quote("SAVE5", List.of()))
                        .body())
                .contains("lines");
        assertThat(customer.post("/api/discount/quotes", quote("SAVE5", List.of(line("10", 0))))
                        .body())
                .contains("quantity");
        assertThat(customer.post("/api/discount/quotes", quote("SAVE5", List.of(line("-1", 1))))
                        .body())
                .contains("unitPrice");
        assertThat(customer.post("/api/discount/quotes", quote("S!", List.of(line("1", 1))))
                        .body())
                .contains("code");
        var badCurrency = quote("SAVE5", List.of(line("1", 1)));
        badCurrency.put("currency", "XYZ");
        var response = customer.post("/api/discount/quotes", badCurrency);
        assertThat(response.status()).isIn(400, 422);
        assertThat(response.body()).contains("currency");
    }
}
