package org.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.web.support.SignedInWebTest;
import org.junit.jupiter.api.Test;

/** The storefront's public pages against the stub gateway: how they write counts, and whose header an error shows. */
class StorefrontPagesIT extends SignedInWebTest {
    static final String CATEGORIES = """
            [{"id":"c1","slug":"home-kitchen","name":"Home & Kitchen","position":0,"productCount":0,
              "children":[{"id":"c2","slug":"kettles","name":"Kettles","position":0,"productCount":2,
                           "children":[{"id":"c3","slug":"electric","name":"Electric","position":0,"productCount":1,"children":[]}]},
                          {"id":"c4","slug":"pans","name":"Pans","position":1,"productCount":3,"children":[]}]},
             {"id":"c5","slug":"garden","name":"Garden","position":1,"productCount":0,"children":[]}]
            """;

    static String results(int total, int reviewCount) {
        return """
                {"items":[{"id":"p1","slug":"steel-kettle","name":"Steel Kettle","brand":"Brewster","price":39.90,
                  "currency":"EUR","inStock":true,"averageRating":4.0,"reviewCount":%d,"thumbnailUrl":null}],
                 "page":0,"size":20,"total":%d,"totalPages":1,"facets":{"categories":[],"brands":[]}}
                """.formatted(reviewCount, total);
    }

    @Test
    void countsACategorysProductsAsItsLinkFindsThemWithItsSubCategories() throws Exception {
        stub.answer("GET", "/api/catalog/categories", 200, CATEGORIES)
                .answer("GET", "/api/catalog/products", 200, results(1, 1));

        var home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Home &amp; Kitchen (6)</a>")
                .contains("Garden (0)</a>")
                .doesNotContain("Home &amp; Kitchen (0)");
    }

    @Test
    void writesOneProductAndOneReviewInTheSingular() throws Exception {
        stub.answer("GET", "/api/catalog/categories", 200, CATEGORIES)
                .answer("GET", "/api/catalog/products", 200, results(1, 1));

        var one = get("/search?q=kettle");

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body())
                .contains("id=\"results-title\">1 product</h2>")
                .contains("4.0 / 5 (1 review)")
                .doesNotContain("1 products")
                .doesNotContain("1 reviews");
    }

    @Test
    void writesOtherCountsInThePlural() throws Exception {
        stub.answer("GET", "/api/catalog/categories", 200, CATEGORIES)
                .answer("GET", "/api/catalog/products", 200, results(12, 3));

        var many = get("/search?q=kettle");

        assertThat(many.body()).contains(">12 products</h2>").contains("(3 reviews)");
    }

    @Test
    void showsASignedInUserTheirAccountMenuOnTheUnavailablePage() throws Exception {
        var browser = signIn(aCustomer());
        stub.answer("GET", "/api/ordering/orders", 500, "{\"status\":500,\"detail\":\"boom\"}");

        var page = browser.get("/orders");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body())
                .contains("The shop could not answer just now.")
                .contains("Sign out (Ada Customer)")
                .contains("href=\"/account\"")
                .doesNotContain("id=\"sign-in\"");
    }

    @Test
    void showsASignedInUserTheirAccountMenuOnTheNotFoundPage() throws Exception {
        var browser = signIn(aCustomer());
        stub.answer(
                "GET",
                "/api/ordering/orders/6f1c2b9a-3d4e-4f50-8a61-7b8c9d0e1f23",
                404,
                "{\"status\":404,\"code\":\"ORDERING.ORDER_NOT_FOUND\",\"detail\":\"No such order.\"}");

        var missing = browser.get("/orders/6f1c2b9a-3d4e-4f50-8a61-7b8c9d0e1f23");
        var nothingHere = browser.get("/no-such-page", "Accept", "text/html");

        for (var page : java.util.List.of(missing, nothingHere)) {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body())
                    .contains("There is nothing here.")
                    .contains("Sign out (Ada Customer)")
                    .doesNotContain("id=\"sign-in\"");
        }
    }

    @Test
    void stillOffersAVisitorToSignInOnTheUnavailablePage() throws Exception {
        stub.answer("GET", "/api/catalog/categories", 500, "{\"status\":500,\"detail\":\"boom\"}");

        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("id=\"sign-in\"").doesNotContain("Sign out");
    }
}
