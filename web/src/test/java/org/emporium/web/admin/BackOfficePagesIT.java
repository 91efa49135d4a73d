package org.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.web.admin.Canned.CONVERSATION;
import static org.emporium.web.admin.Canned.COUPON;
import static org.emporium.web.admin.Canned.CUSTOMER;
import static org.emporium.web.admin.Canned.ID;
import static org.emporium.web.admin.Canned.IMAGE_1;
import static org.emporium.web.admin.Canned.IMAGE_2;
import static org.emporium.web.admin.Canned.KETTLES;
import static org.emporium.web.admin.Canned.KITCHEN;
import static org.emporium.web.admin.Canned.ORDER;
import static org.emporium.web.admin.Canned.PRODUCT;
import static org.emporium.web.admin.Canned.REVIEW;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each back-office page renders what the (stub) services answered, each form posts what the service expects
 * (paths, bodies, {@code If-Match}), and a service's refusal is shown with its own wording; its 404 is the page's
 * 404 and a gateway that cannot be reached the 503 page.
 */
class BackOfficePagesIT extends BackOfficeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String page(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static JsonNode body(StubGateway.Call call) {
        return JSON.readTree(call.body());
    }

    private static StubGateway.Call only(String method, String path) {
        var calls = STUB.calls(method, path);
        assertThat(calls).as(method + " " + path).hasSize(1);
        return calls.getFirst();
    }

    @Nested
    class Products {
        @Test
        void listsCatalogsSearchResults() throws Exception {
            var html = page("/admin/products?q=kettle");

            assertThat(html).contains("Steel Kettle").contains("1 product on sale");
            assertThat(only("GET", "/api/catalog/products").query())
                    .contains("q=kettle")
                    .contains("status=ACTIVE");
        }

        @Test
        void listsDraftsThroughCatalogsStatusFilter() throws Exception {
            var html = page("/admin/products?status=DRAFT");

            assertThat(html).contains("1 product, drafts").contains("<option value=\"DRAFT\" selected");
            assertThat(only("GET", "/api/catalog/products").query()).contains("status=DRAFT");
        }

        @Test
        void createsAProductWithWhatCatalogTakes() throws Exception {
            mvc.perform(post("/admin/products")
                            .with(admin())
                            .with(csrf())
                            .param("name", " Copper Kettle ")
                            .param("slug", "")
                            .param("categoryId", KETTLES)
                            .param("brand", "Brewster")
                            .param("description", "Shiny.")
                            .param("attributes", "colour = copper\nlitres=1.7")
                            .param("price", "49.90")
                            .param("currency", "EUR")
                            .param("stock", "4")
                            .param("status", "DRAFT")
                            .param("version", "-1"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/products/" + PRODUCT + "?created"));

            var sent = body(only("POST", "/api/catalog/products"));
            assertThat(sent.path("name").asString()).isEqualTo("Copper Kettle");
            assertThat(sent.has("slug")).as("a blank slug is left to catalog").isFalse();
            assertThat(sent.has("version")).isFalse();
            assertThat(sent.path("categoryId").asString()).isEqualTo(KETTLES);
            assertThat(sent.path("price").decimalValue()).isEqualByComparingTo("49.90");
            assertThat(sent.path("attributes").path("colour").asString()).isEqualTo("copper");
            assertThat(sent.path("attributes").path("litres").asString()).isEqualTo("1.7");
            assertThat(sent.path("stock").asInt()).isEqualTo(4);
            assertThat(sent.path("status").asString()).isEqualTo("DRAFT");
        }

        @Test
        void refusesAnIncompleteFormBeforeCallingCatalog() throws Exception {
            var html = mvc.perform(post("/admin/products")
                            .with(admin())
                            .with(csrf())
                            .param("name", "")
                            .param("currency", "euro")
                            .param("status", "DRAFT")
                            .param("version", "-1"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains("Some fields are not valid.")
                    .contains("name:")
                    .contains("currency:");
            assertThat(STUB.calls("POST", "/api/catalog/products")).isEmpty();
        }

        @Test
        void showsCatalogsRefusalWithTheFieldsItNamed() throws Exception {
            STUB.problem(
                    "POST",
                    "/api/catalog/products",
                    400,
                    "REQUEST.VALIDATION_FAILED",
                    "The request has invalid fields.",
                    "\"errors\":[{\"field\":\"price\",\"message\":\"numeric value out of bounds\"}]");

            var html = mvc.perform(post("/admin/products")
                            .with(admin())
                            .with(csrf())
                            .param("name", "Kettle")
                            .param("categoryId", KETTLES)
                            .param("price", "1.123456")
                            .param("currency", "EUR")
                            .param("stock", "1")
                            .param("status", "DRAFT")
                            .param("version", "-1"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html).contains("The request has invalid fields.").contains("price: numeric value out of bounds");
        }

        @Test
        void editsWithTheVersionItRead() throws Exception {
            var html = page("/admin/products/" + PRODUCT);
            assertThat(html).contains("value=\"Steel Kettle\"").contains("name=\"version\" value=\"7\"");

            mvc.perform(post("/admin/products/" + PRODUCT)
                            .with(admin())
                            .with(csrf())
                            .param("name", "Steel Kettle 2")
                            .param("categoryId", KETTLES)
                            .param("price", "39.90")
                            .param("currency", "EUR")
                            .param("stock", "12")
                            .param("status", "ACTIVE")
                            .param("version", "7"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/products/" + PRODUCT))
                    .andExpect(flash().attribute("notice", "Product saved."));

            var put = only("PUT", "/api/catalog/products/" + PRODUCT);
            assertThat(put.header("If-Match")).isEqualTo("\"7\"");
            assertThat(body(put).path("name").asString()).isEqualTo("Steel Kettle 2");
        }

        @Test
        void showsAStaleEditAsAConflictBesideTheCurrentProduct() throws Exception {
            STUB.problem(
                    "PUT",
                    "/api/catalog/products/" + ID,
                    412,
                    "REQUEST.STALE_VERSION",
                    "The resource was changed by someone else; fetch it again.",
                    "");
            STUB.json(
                    "GET",
                    "/api/catalog/products/" + ID,
                    Canned.product(9, "ACTIVE").replace("\"Steel Kettle\"", "\"Steel Kettle Pro\""));

            var html = mvc.perform(post("/admin/products/" + PRODUCT)
                            .with(admin())
                            .with(csrf())
                            .param("name", "My Kettle")
                            .param("categoryId", KETTLES)
                            .param("price", "39.90")
                            .param("currency", "EUR")
                            .param("stock", "12")
                            .param("status", "ACTIVE")
                            .param("version", "7"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains("Someone else changed this product while you edited it")
                    .contains("The resource was changed by someone else; fetch it again.")
                    .contains("Stored now (version 9)")
                    .contains("Steel Kettle Pro")
                    .contains("value=\"My Kettle\"")
                    .contains("name=\"version\" value=\"9\"");
        }

        @Test
        void setsStockAndStatusWithPatches() throws Exception {
            mvc.perform(post("/admin/products/" + PRODUCT + "/stock")
                            .with(admin())
                            .with(csrf())
                            .param("stock", "3")
                            .param("version", "7"))
                    .andExpect(status().isFound());
            mvc.perform(post("/admin/products/" + PRODUCT + "/status")
                            .with(admin())
                            .with(csrf())
                            .param("status", "ARCHIVED")
                            .param("version", "8"))
                    .andExpect(status().isFound());

            var patches = STUB.calls("PATCH", "/api/catalog/products/" + PRODUCT);
            assertThat(patches).hasSize(2);
            assertThat(patches.get(0).header("If-Match")).isEqualTo("\"7\"");
            assertThat(body(patches.get(0)).properties()).hasSize(1);
            assertThat(body(patches.get(0)).path("stock").asInt()).isEqualTo(3);
            assertThat(patches.get(1).header("If-Match")).isEqualTo("\"8\"");
            assertThat(body(patches.get(1)).path("status").asString()).isEqualTo("ARCHIVED");
        }

        @Test
        void showsCatalogsRefusalOfAStatusChange() throws Exception {
            STUB.problem(
                    "PATCH",
                    "/api/catalog/products/" + ID,
                    409,
                    "CATALOG.ILLEGAL_STATUS_CHANGE",
                    "An archived product cannot go back to draft.",
                    "");

            mvc.perform(post("/admin/products/" + PRODUCT + "/status")
                            .with(admin())
                            .with(csrf())
                            .param("status", "DRAFT")
                            .param("version", "7"))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("problem", "An archived product cannot go back to draft."));
        }

        @Test
        void uploadsReordersAndRemovesPictures() throws Exception {
            mvc.perform(multipart("/admin/products/" + PRODUCT + "/images")
                            .file(new MockMultipartFile("file", "kettle.png", "image/png", new byte[] {9, 8, 7, 6}))
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("notice", "Picture uploaded."));
            mvc.perform(post("/admin/products/" + PRODUCT + "/images/" + IMAGE_1 + "/move")
                            .with(admin())
                            .with(csrf())
                            .param("direction", "down"))
                    .andExpect(status().isFound());
            mvc.perform(post("/admin/products/" + PRODUCT + "/images/" + IMAGE_2 + "/remove")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound());

            var upload = only("POST", "/api/catalog/products/" + PRODUCT + "/images");
            assertThat(upload.header("Content-Type")).startsWith("multipart/form-data");
            assertThat(upload.body()).contains("name=\"file\"").contains("filename=\"kettle.png\"");
            var order = body(only("PUT", "/api/catalog/products/" + PRODUCT + "/images/order"));
            assertThat(order.path("imageIds").get(0).asString()).isEqualTo(IMAGE_2);
            assertThat(order.path("imageIds").get(1).asString()).isEqualTo(IMAGE_1);
            only("DELETE", "/api/catalog/products/" + PRODUCT + "/images/" + IMAGE_2);
        }

        @Test
        void showsCatalogs404AsThePages404() throws Exception {
            STUB.problem("GET", "/api/catalog/products/" + ID, 404, "CATALOG.PRODUCT_NOT_FOUND", "No such product", "");

            mvc.perform(MockMvcRequestBuilders.get("/admin/products/no-such-thing")
                            .with(admin()))
                    .andExpect(status().isNotFound());
        }

        @Test
        void showsTheUnavailablePageWhenTheGatewayCannotBeReachedOrAServiceIsDown() throws Exception {
            STUB.drop("GET", "/api/catalog/products");
            mvc.perform(MockMvcRequestBuilders.get("/admin/products").with(admin()))
                    .andExpect(status().isServiceUnavailable());

            STUB.problem("GET", "/api/discount/coupons", 503, "GATEWAY.SERVICE_UNAVAILABLE", "down", "");
            mvc.perform(MockMvcRequestBuilders.get("/admin/coupons").with(admin()))
                    .andExpect(status().isServiceUnavailable());
        }
    }

    @Nested
    class Categories {
        @Test
        void showsTheTree() throws Exception {
            var html = page("/admin/categories");

            assertThat(html).contains("Kitchen").contains("Kettles").contains("class=\"depth-1\"");
        }

        @Test
        void createsACategoryUnderAParent() throws Exception {
            mvc.perform(post("/admin/categories")
                            .with(admin())
                            .with(csrf())
                            .param("name", "Teapots")
                            .param("slug", "")
                            .param("parentId", KITCHEN)
                            .param("position", "2")
                            .param("version", "-1"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/categories"));

            var sent = body(only("POST", "/api/catalog/categories"));
            assertThat(sent.path("name").asString()).isEqualTo("Teapots");
            assertThat(sent.path("parentId").asString()).isEqualTo(KITCHEN);
            assertThat(sent.path("position").asInt()).isEqualTo(2);
            assertThat(sent.has("slug")).isFalse();
        }

        @Test
        void movesAndRenamesWithTheVersionFromTheETag() throws Exception {
            var html = page("/admin/categories/" + KETTLES);
            assertThat(html).contains("name=\"version\" value=\"4\"").contains("value=\"Kettles\"");

            mvc.perform(post("/admin/categories/" + KETTLES)
                            .with(admin())
                            .with(csrf())
                            .param("name", "Water kettles")
                            .param("parentId", "")
                            .param("position", "1")
                            .param("version", "4"))
                    .andExpect(status().isFound());

            var put = only("PUT", "/api/catalog/categories/" + KETTLES);
            assertThat(put.header("If-Match")).isEqualTo("\"4\"");
            assertThat(body(put).path("name").asString()).isEqualTo("Water kettles");
            assertThat(body(put).path("parentId").isNull())
                    .as("moved to the root")
                    .isTrue();
        }

        @Test
        void showsCatalogsRefusalOfALoop() throws Exception {
            STUB.problem(
                    "PUT",
                    "/api/catalog/categories/" + ID,
                    409,
                    "CATALOG.CATEGORY_CYCLE",
                    "A category cannot be moved below itself or its sub-categories.",
                    "");

            var html = mvc.perform(post("/admin/categories/" + KITCHEN)
                            .with(admin())
                            .with(csrf())
                            .param("name", "Kitchen")
                            .param("parentId", KETTLES)
                            .param("position", "0")
                            .param("version", "4"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html).contains("A category cannot be moved below itself or its sub-categories.");
        }
    }

    @Nested
    class Coupons {
        @Test
        void listsWithDiscountsFilters() throws Exception {
            var html = page("/admin/coupons?active=true&expired=false&code=SA");

            assertThat(html).contains("SAVE10").contains("10 %");
            assertThat(only("GET", "/api/discount/coupons").query())
                    .contains("active=true")
                    .contains("expired=false")
                    .contains("code=SA");
        }

        @Test
        void createsACouponWithEveryField() throws Exception {
            mvc.perform(post("/admin/coupons")
                            .with(admin())
                            .with(csrf())
                            .param("code", " xmas-5 ")
                            .param("description", "Five off at Christmas")
                            .param("kind", "FIXED_AMOUNT")
                            .param("value", "5.00")
                            .param("currency", "EUR")
                            .param("validFrom", "2026-12-24T00:00")
                            .param("validUntil", "2026-12-27T00:00")
                            .param("minimumAmount", "50")
                            .param("maxRedemptions", "100")
                            .param("maxPerCustomer", "1")
                            .param("categoryIds", KETTLES)
                            .param("productIds", PRODUCT)
                            .param("firstOrderOnly", "true")
                            .param("active", "true"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/coupons/" + COUPON + "?created"));

            var sent = body(only("POST", "/api/discount/coupons"));
            assertThat(sent.path("code").asString()).isEqualTo("XMAS-5");
            assertThat(sent.path("kind").asString()).isEqualTo("FIXED_AMOUNT");
            assertThat(sent.path("value").decimalValue()).isEqualByComparingTo("5.00");
            assertThat(sent.path("currency").asString()).isEqualTo("EUR");
            assertThat(sent.path("validFrom").asString()).isEqualTo("2026-12-24T00:00:00Z");
            assertThat(sent.path("validUntil").asString()).isEqualTo("2026-12-27T00:00:00Z");
            assertThat(sent.path("minimumAmount").decimalValue()).isEqualByComparingTo("50");
            assertThat(sent.path("maxRedemptions").asInt()).isEqualTo(100);
            assertThat(sent.path("maxPerCustomer").asInt()).isEqualTo(1);
            assertThat(sent.path("categoryIds").get(0).asString()).isEqualTo(KETTLES);
            assertThat(sent.path("productIds").get(0).asString()).isEqualTo(PRODUCT);
            assertThat(sent.path("firstOrderOnly").asBoolean()).isTrue();
            assertThat(sent.path("active").asBoolean()).isTrue();
        }

        @Test
        void showsDiscountsValidationErrors() throws Exception {
            STUB.problem(
                    "POST",
                    "/api/discount/coupons",
                    422,
                    "DISCOUNT.INVALID_COUPON",
                    "A fixed amount needs a currency.",
                    "\"field\":\"currency\"");

            var html = mvc.perform(post("/admin/coupons")
                            .with(admin())
                            .with(csrf())
                            .param("code", "FIVE")
                            .param("kind", "FIXED_AMOUNT")
                            .param("value", "5"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html).contains("A fixed amount needs a currency.").contains("<li>currency</li>");
        }

        @Test
        void showsACouponWithItsRedemptionsAndDeactivatesIt() throws Exception {
            var html = page("/admin/coupons/" + COUPON);
            assertThat(html).contains("Coupon SAVE10").contains("REDEEMED").contains(ORDER);

            mvc.perform(post("/admin/coupons/" + COUPON + "/deactivate")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/coupons/" + COUPON));

            only("POST", "/api/discount/coupons/" + COUPON + "/deactivate");
        }

        @Test
        void opensTheEditFormFilledWithTheCouponAtTheVersionOfItsETag() throws Exception {
            assertThat(page("/admin/coupons/" + COUPON)).contains("href=\"/admin/coupons/" + COUPON + "/edit\"");

            var html = page("/admin/coupons/" + COUPON + "/edit");

            assertThat(html)
                    .contains("Edit coupon SAVE10")
                    .contains("action=\"/admin/coupons/" + COUPON + "\"")
                    .containsPattern("<input type=\"hidden\" name=\"version\" value=\"2\"")
                    .containsPattern("<input[^>]*readonly=\"readonly\"[^>]*id=\"code\"[^>]*value=\"SAVE10\"")
                    .containsPattern("id=\"description\"[^>]*value=\"Ten percent off\"")
                    .containsPattern("id=\"maxRedemptions\"[^>]*value=\"100\"")
                    .containsPattern("id=\"validFrom\"[^>]*value=\"2026-12-01T00:00");
        }

        @Test
        void savesAnEditWithTheVersionItWasReadAt() throws Exception {
            mvc.perform(post("/admin/coupons/" + COUPON)
                            .with(admin())
                            .with(csrf())
                            .param("version", "2")
                            .param("code", "SAVE10")
                            .param("description", "Fifteen percent off")
                            .param("kind", "PERCENTAGE")
                            .param("value", "15")
                            .param("validFrom", "2026-12-01T00:00")
                            .param("maxRedemptions", "200")
                            .param("active", "true"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/coupons/" + COUPON))
                    .andExpect(flash().attribute("notice", "Coupon saved."));

            var put = only("PUT", "/api/discount/coupons/" + COUPON);
            assertThat(put.header("If-Match")).isEqualTo("\"2\"");
            var sent = body(put);
            assertThat(sent.path("code").asString()).isEqualTo("SAVE10");
            assertThat(sent.path("description").asString()).isEqualTo("Fifteen percent off");
            assertThat(sent.path("value").decimalValue()).isEqualByComparingTo("15");
            assertThat(sent.path("validFrom").asString()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(sent.path("maxRedemptions").asInt()).isEqualTo(200);
            assertThat(sent.path("active").asBoolean()).isTrue();
        }

        @Test
        void refusesAnInvalidEditBeforeCallingDiscount() throws Exception {
            var html = mvc.perform(post("/admin/coupons/" + COUPON)
                            .with(admin())
                            .with(csrf())
                            .param("version", "2")
                            .param("code", "SAVE10")
                            .param("description", "Typed here")
                            .param("kind", "PERCENTAGE")
                            .param("value", "-1"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains("Some fields are not valid.")
                    .contains("value:")
                    .containsPattern("id=\"description\"[^>]*value=\"Typed here\"")
                    .containsPattern("<input type=\"hidden\" name=\"version\" value=\"2\"");
            assertThat(STUB.calls("PUT", "/api/discount/coupons/" + ID)).isEmpty();
        }

        @Test
        void showsDiscountsRefusalOfAnEditWithTheFieldItNames() throws Exception {
            STUB.problem(
                    "PUT",
                    "/api/discount/coupons/" + ID,
                    422,
                    "DISCOUNT.INVALID_COUPON",
                    "A fixed amount needs a currency.",
                    "\"field\":\"currency\"");

            var html = mvc.perform(post("/admin/coupons/" + COUPON)
                            .with(admin())
                            .with(csrf())
                            .param("version", "2")
                            .param("code", "SAVE10")
                            .param("kind", "FIXED_AMOUNT")
                            .param("value", "5"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains("A fixed amount needs a currency.")
                    .contains("<li>currency</li>")
                    .containsPattern("<input type=\"hidden\" name=\"version\" value=\"2\"");
        }

        @Test
        void showsAStaleEditAsTheCouponIsNow() throws Exception {
            STUB.problem(
                    "PUT",
                    "/api/discount/coupons/" + ID,
                    412,
                    "REQUEST.STALE_VERSION",
                    "The resource has changed since it was read.",
                    "");
            STUB.json(
                    "GET",
                    "/api/discount/coupons/" + ID,
                    Canned.coupon(true).replace("Ten percent off", "Changed meanwhile"),
                    java.util.Map.of("ETag", "\"3\""));

            var html = mvc.perform(post("/admin/coupons/" + COUPON)
                            .with(admin())
                            .with(csrf())
                            .param("version", "2")
                            .param("code", "SAVE10")
                            .param("description", "My change")
                            .param("kind", "PERCENTAGE")
                            .param("value", "15"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains("Someone else changed this coupon while you edited it")
                    .containsPattern("id=\"description\"[^>]*value=\"Changed meanwhile\"")
                    .containsPattern("<input type=\"hidden\" name=\"version\" value=\"3\"");
        }
    }

    @Nested
    class Orders {
        @Test
        void searchesWithOrderingsFilters() throws Exception {
            var html = page("/admin/orders?status=PAID&customerId=" + CUSTOMER + "&from=2026-12-01&to=2026-12-03");

            assertThat(html).contains("35.91 EUR").contains("PAID");
            assertThat(only("GET", "/api/ordering/admin/orders").query())
                    .contains("status=PAID")
                    .contains("customerId=" + CUSTOMER)
                    .contains("from=2026-12-01T00:00:00Z")
                    .contains("to=2026-12-04T00:00:00Z");
        }

        @Test
        void showsAnOrderAndShipsItWithATrackingNumber() throws Exception {
            var html = page("/admin/orders/" + ORDER);
            assertThat(html)
                    .contains("Steel Kettle")
                    .contains("AWAITING_PAYMENT → PAID")
                    .contains("id=\"ship\"");

            mvc.perform(post("/admin/orders/" + ORDER + "/ship")
                            .with(admin())
                            .with(csrf())
                            .param("carrier", "DHL")
                            .param("trackingNumber", "JD014600003828"))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("notice", "Order shipped."));

            var sent = body(only("POST", "/api/ordering/admin/orders/" + ORDER + "/ship"));
            assertThat(sent.path("carrier").asString()).isEqualTo("DHL");
            assertThat(sent.path("trackingNumber").asString()).isEqualTo("JD014600003828");
        }

        @Test
        void deliversAndCancelsWithANote() throws Exception {
            mvc.perform(post("/admin/orders/" + ORDER + "/deliver")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound());
            mvc.perform(post("/admin/orders/" + ORDER + "/cancel")
                            .with(admin())
                            .with(csrf())
                            .param("note", "Customer called"))
                    .andExpect(status().isFound());

            only("POST", "/api/ordering/admin/orders/" + ORDER + "/deliver");
            assertThat(body(only("POST", "/api/ordering/orders/" + ORDER + "/cancel"))
                            .path("reason")
                            .asString())
                    .isEqualTo("Customer called");
        }

        @Test
        void showsOrderingsRefusalOfAMove() throws Exception {
            STUB.problem(
                    "POST",
                    "/api/ordering/admin/orders/" + ID + "/deliver",
                    409,
                    "ORDERING.ILLEGAL_TRANSITION",
                    "An order cannot go from PAID to DELIVERED.",
                    "\"from\":\"PAID\",\"to\":\"DELIVERED\"");

            mvc.perform(post("/admin/orders/" + ORDER + "/deliver")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("problem", "An order cannot go from PAID to DELIVERED."));
        }

        @Test
        void refusesAShipmentWithoutTrackingNumberBeforeCallingOrdering() throws Exception {
            mvc.perform(post("/admin/orders/" + ORDER + "/ship")
                            .with(admin())
                            .with(csrf())
                            .param("carrier", "DHL")
                            .param("trackingNumber", " "))
                    .andExpect(status().isBadRequest());

            assertThat(STUB.calls("POST", "/api/ordering/admin/orders/" + ID + "/ship"))
                    .isEmpty();
        }
    }

    @Nested
    class Reviews {
        @Test
        void showsTheQueueWithTheTextAsText() throws Exception {
            var html = page("/admin/reviews");

            assertThat(html)
                    .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; drips everywhere")
                    .contains("Leaks &lt;b&gt;badly&lt;/b&gt;")
                    .doesNotContain("<script>alert");
            assertThat(only("GET", "/api/comment/admin/reviews").query()).contains("status=PENDING");
        }

        @Test
        void approvesAndRejectsWithAReason() throws Exception {
            mvc.perform(post("/admin/reviews/" + REVIEW + "/approve")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound());
            mvc.perform(post("/admin/reviews/" + REVIEW + "/reject")
                            .with(admin())
                            .with(csrf())
                            .param("reason", "Not about the product"))
                    .andExpect(status().isFound());

            only("POST", "/api/comment/admin/reviews/" + REVIEW + "/approve");
            assertThat(body(only("POST", "/api/comment/admin/reviews/" + REVIEW + "/reject"))
                            .path("reason")
                            .asString())
                    .isEqualTo("Not about the product");
        }
    }

    @Nested
    class Support {
        @Test
        void listsTheOpenConversations() throws Exception {
            var html = page("/admin/support");

            assertThat(html).contains("Where is my kettle?");
            assertThat(only("GET", "/api/message/conversations/support").query())
                    .contains("status=OPEN");
        }

        @Test
        void opensAConversationWithoutMarkingItReadAndRepliesAndCloses() throws Exception {
            var html = page("/admin/support/" + CONVERSATION);
            assertThat(html)
                    .contains("It has not arrived.")
                    .contains("Looking into it.")
                    .containsPattern("<form id=\"mark-read\"[^>]*hx-post=\"/admin/support/" + CONVERSATION + "/read\"")
                    .containsPattern("<form id=\"mark-read\"[^>]*hx-trigger=\"load\"")
                    .containsPattern("name=\"upTo\"\\s+value=\"2\"");
            assertThat(STUB.calls("POST", "/api/message/conversations/" + ID + "/read"))
                    .as("opening a conversation changes nothing")
                    .isEmpty();

            mvc.perform(post("/admin/support/" + CONVERSATION + "/messages")
                            .with(admin())
                            .with(csrf())
                            .param("text", "It ships today."))
                    .andExpect(status().isFound());
            mvc.perform(post("/admin/support/" + CONVERSATION + "/close")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound());

            assertThat(body(only("POST", "/api/message/conversations/" + CONVERSATION + "/messages"))
                            .path("text")
                            .asString())
                    .isEqualTo("It ships today.");
            only("POST", "/api/message/conversations/" + CONVERSATION + "/close");
        }

        @Test
        void marksAConversationReadWhenThePagePostsIt() throws Exception {
            mvc.perform(post("/admin/support/" + CONVERSATION + "/read")
                            .with(admin())
                            .with(csrf())
                            .param("upTo", "2")
                            .header("HX-Request", "true"))
                    .andExpect(status().isNoContent());
            mvc.perform(post("/admin/support/" + CONVERSATION + "/read")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/support/" + CONVERSATION));

            var reads = STUB.calls("POST", "/api/message/conversations/" + CONVERSATION + "/read");
            assertThat(reads)
                    .hasSize(2)
                    .allSatisfy(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer " + ADMIN_TOKEN));
            assertThat(reads.get(0).query()).isEqualTo("upTo=2");
            assertThat(reads.get(1).query()).isEmpty();
        }

        @Test
        void offersNoReadToPostWhenNothingIsUnread() throws Exception {
            STUB.json("GET", "/api/message/conversations/" + ID, """
                    {"id":"%s","customerId":"%s","subject":"Where is my kettle?","status":"OPEN","messageCount":1,
                     "unread":0,"createdAt":"2026-12-02T08:00:00Z","lastMessageAt":"2026-12-02T08:00:00Z",
                     "messages":[{"id":1,"side":"CUSTOMER","text":"It has not arrived.","createdAt":"2026-12-02T08:00:00Z"}]}
                    """.formatted(CONVERSATION, CUSTOMER));

            assertThat(page("/admin/support/" + CONVERSATION))
                    .contains("It has not arrived.")
                    .doesNotContain("id=\"mark-read\"");
        }

        @Test
        void showsMessagesRefusalOfAReplyOnTheFormKeepingTheText() throws Exception {
            STUB.problem(
                    "POST",
                    "/api/message/conversations/" + ID + "/messages",
                    409,
                    "MESSAGE.CONVERSATION_CLOSED",
                    "This conversation is closed.",
                    "");

            var html = mvc.perform(post("/admin/support/" + CONVERSATION + "/messages")
                            .with(admin())
                            .with(csrf())
                            .param("text", "Hello?"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html).contains("This conversation is closed.").contains(">Hello?</textarea>");
        }

        @Test
        void showsMessagesFieldErrorNextToTheReply() throws Exception {
            STUB.problem(
                    "POST",
                    "/api/message/conversations/" + ID + "/messages",
                    400,
                    "REQUEST.VALIDATION_FAILED",
                    "The request has invalid fields.",
                    "\"errors\":[{\"field\":\"text\",\"message\":\"must be plain text\"}]");

            var html = mvc.perform(post("/admin/support/" + CONVERSATION + "/messages")
                            .with(admin())
                            .with(csrf())
                            .param("text", "Bell\u0007"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains("The request has invalid fields.")
                    .contains("id=\"text-error\">must be plain text</p>")
                    .contains("aria-describedby=\"text-error\"");
        }

        @Test
        void refusesABlankReplyNextToTheFieldBeforeCallingMessage() throws Exception {
            var html = mvc.perform(post("/admin/support/" + CONVERSATION + "/messages")
                            .with(admin())
                            .with(csrf())
                            .param("text", "  "))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html).contains("id=\"text-error\">Write the reply.</p>");
            assertThat(STUB.calls("POST", "/api/message/conversations/" + ID + "/messages"))
                    .isEmpty();
        }
    }

    @Test
    void theDashboardShowsTheOverviewAndLoadsItsChartsFromThisOrigin() throws Exception {
        var html = page("/admin");

        assertThat(html)
                .contains("251.37")
                .contains("/assets/webjars/echarts/")
                .contains("/assets/admin-dashboard.js")
                .contains("data-live=\"/admin/dashboard/live\"")
                .doesNotContainPattern("<script>[^<]");
        var data = JSON.readTree(
                mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/data").with(admin()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(data.path("sales")
                        .path("sections")
                        .path("funnel")
                        .get(1)
                        .path("orders")
                        .asInt())
                .isEqualTo(7);
        assertThat(data.path("products")
                        .path("sections")
                        .path("topByUnits")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("Steel Kettle");
        assertThat(data.path("overview").path("sections").path("sales").size()).isEqualTo(2);
        assertThat(only("GET", "/api/statistics/sales").query()).contains("granularity=day");
    }

    @Test
    void servesTheChartLibraryAndTheDashboardScript() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/assets/webjars/echarts/dist/echarts.min.js"))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/assets/admin-dashboard.js")).andExpect(status().isOk());
    }

    @Test
    void servesTheBackOfficesAssetsUnderAssetsLikeTheStorefronts() throws Exception {
        assertThat(page("/admin/products")).contains("href=\"/assets/app.css\"").contains("href=\"/assets/admin.css\"");

        var css = get("/assets/admin.css");
        var script = get("/assets/admin-dashboard.js");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".admin-nav");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(script.body()).contains("data-data");
        assertThat(get("/assets/assets/admin.css").statusCode())
                .as("the doubled path is gone")
                .isEqualTo(404);
        assertThat(get("/assets/assets/admin-dashboard.js").statusCode()).isEqualTo(404);
    }
}
