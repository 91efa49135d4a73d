package org.emporium.discount.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.discount.support.DiscountIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

class CouponApiIT extends DiscountIntegrationTest {

    @Test
    void anAdminCreatesReadsReplacesAndDeletesACouponGuardedByIfMatch() {
        var code = code("crud");
        var created = admin().post("/api/discount/coupons", percentage(code.toLowerCase(), "12.5"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo(code);
        var id = created.json().get("id").asString();
        var etag = created.headers().firstValue("ETag").orElseThrow();

        var changed = percentage(code, "15");
        var stale = admin().withHeader("If-Match", "\"7\"").put("/api/discount/coupons/" + id, changed);
        assertThat(stale.status()).isEqualTo(412);
        var replaced = admin().withHeader("If-Match", etag).put("/api/discount/coupons/" + id, changed);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("value").decimalValue()).isEqualByComparingTo("15");

        var newEtag = replaced.headers().firstValue("ETag").orElseThrow();
        assertThat(admin().withHeader("If-Match", newEtag)
                        .delete("/api/discount/coupons/" + id)
                        .status())
                .isEqualTo(204);
        assertThat(admin().get("/api/discount/coupons/" + id).json().get("code").asString())
                .isEqualTo("DISCOUNT.COUPON_NOT_FOUND");
    }

    @Test
    void codesAreUniqueWhateverTheirCase() {
        var code = code("dup");
        createCoupon(percentage(code, "5"));
        var again = admin().post("/api/discount/coupons", percentage(code.toLowerCase(), "5"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DISCOUNT.CODE_TAKEN");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        var over = percentage(code("bad"), "100.5");
        assertField(admin().post("/api/discount/coupons", over), "value");

        var backwards = percentage(code("bad"), "5");
        backwards.put("validUntil", Instant.now().minusSeconds(7200).toString());
        assertField(admin().post("/api/discount/coupons", backwards), "validUntil");

        var noCurrency = percentage(code("bad"), "5");
        noCurrency.put("kind", "FIXED_AMOUNT");
        assertField(admin().post("/api/discount/coupons", noCurrency), "currency");

        var unknownCurrency = percentage(code("bad"), "5");
        unknownCurrency.put("currency", "eur");
        assertField(admin().post("/api/discount/coupons", unknownCurrency), "currency");

        var negative = percentage(code("bad"), "-1");
        assertField(admin().post("/api/discount/coupons", negative), "value");

        var unknownField = percentage(code("bad"), "5");
        unknownField.put("redeemed", 3);
        var response = admin().post("/api/discount/coupons", unknownField);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("REQUEST.UNKNOWN_FIELD");

        assertThat(admin().post("/api/discount/coupons", percentage("A B", "5")).status())
                .isIn(400, 422);
    }

    private static void assertField(org.emporium.platform.test.ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isIn(400, 422);
        assertThat(response.body()).contains(field);
    }

    @Test
    void aUsedCouponCanBeDeactivatedButNotDeleted() {
        var code = code("used");
        var id = createCoupon(percentage(code, "10"));
        assertThat(ordering()
                        .post("/internal/redemptions", reservation(UUID.randomUUID(), UUID.randomUUID(), code, "20"))
                        .status())
                .isEqualTo(201);
        var etag = admin().get("/api/discount/coupons/" + id)
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        var delete = admin().withHeader("If-Match", etag).delete("/api/discount/coupons/" + id);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("code").asString()).isEqualTo("DISCOUNT.COUPON_IN_USE");

        var deactivated = admin().post("/api/discount/coupons/" + id + "/deactivate", null);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        var redemptions = admin().get("/api/discount/coupons/" + id + "/redemptions");
        assertThat(redemptions.json().get("total").asLong()).isEqualTo(1);
        assertThat(redemptions.json().get("items").get(0).get("state").asString())
                .isEqualTo("RESERVED");
        var quote =
                as(customer(UUID.randomUUID())).post("/api/discount/quotes", quote(code, List.of(line("20.00", 1))));
        assertThat(quote.json().get("reason").asString()).isEqualTo("INACTIVE");
    }

    @Test
    void listsFilterByActiveExpiredAndCodePrefixAndPage() {
        var prefix = code("lst");
        createCoupon(percentage(prefix + "-A", "5"));
        var expired = percentage(prefix + "-B", "5");
        expired.put("validFrom", Instant.now().minusSeconds(7200).toString());
        expired.put("validUntil", Instant.now().minusSeconds(3600).toString());
        createCoupon(expired);
        var inactive = percentage(prefix + "-C", "5");
        inactive.put("active", false);
        createCoupon(inactive);

        var all = admin().get("/api/discount/coupons?code=" + prefix.toLowerCase() + "&size=2");
        assertThat(all.json().get("total").asLong()).isEqualTo(3);
        assertThat(all.json().get("items").size()).isEqualTo(2);
        assertThat(all.json().get("page").asInt()).isZero();
        assertThat(all.json().get("size").asInt()).isEqualTo(2);
        assertThat(all.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(admin().get("/api/discount/coupons?code=" + prefix + "&expired=true")
                        .json()
                        .get("items")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo(prefix + "-B");
        assertThat(admin().get("/api/discount/coupons?code=" + prefix + "&active=false")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(admin().get("/api/discount/coupons?size=1000").status()).isIn(400, 422);
    }

    @Test
    void onlyAdminsManageCouponsAndOnlyOrderingReserves() {
        var customer = as(TestTokens.customer());
        assertThat(customer.get("/api/discount/coupons").status()).isEqualTo(403);
        assertThat(customer.post("/api/discount/coupons", percentage(code("nope"), "5"))
                        .status())
                .isEqualTo(403);
        assertThat(as(null).get("/api/discount/coupons").status()).isEqualTo(401);
        assertThat(customer.post("/internal/redemptions", reservation(UUID.randomUUID(), UUID.randomUUID(), "X-1", "1"))
                        .status())
                .isEqualTo(403);
        assertThat(as(TestTokens.service("discount.quote"))
                        .delete("/internal/redemptions/" + UUID.randomUUID())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDemoCouponsAreSeeded() {
        var list = admin().get("/api/discount/coupons?size=100").body();
        assertThat(list).contains("WELCOME10", "SAVE5", "HEADPHONES15", "EXPIRED2025");
    }
}
