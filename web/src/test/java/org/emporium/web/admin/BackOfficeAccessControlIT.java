package org.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.web.admin.Canned.CONVERSATION;
import static org.emporium.web.admin.Canned.COUPON;
import static org.emporium.web.admin.Canned.IMAGE_1;
import static org.emporium.web.admin.Canned.KETTLES;
import static org.emporium.web.admin.Canned.ORDER;
import static org.emporium.web.admin.Canned.PRODUCT;
import static org.emporium.web.admin.Canned.REVIEW;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every back-office page and form, as each kind of visitor: a visitor is sent to sign in, a signed-in customer gets
 * the 403 page (and nothing reaches the services), an admin gets the page; every form needs its CSRF token, even
 * an admin's.
 */
class BackOfficeAccessControlIT extends BackOfficeTest {
    static Stream<String> pages() {
        return Stream.of(
                "/admin",
                "/admin/dashboard",
                "/admin/dashboard/data",
                "/admin/products",
                "/admin/products?q=kettle&page=0",
                "/admin/products/new",
                "/admin/products/" + PRODUCT,
                "/admin/categories",
                "/admin/categories/" + KETTLES,
                "/admin/coupons",
                "/admin/coupons?active=true&expired=false&code=SA",
                "/admin/coupons/new",
                "/admin/coupons/" + COUPON,
                "/admin/coupons/" + COUPON + "/edit",
                "/admin/orders",
                "/admin/orders?status=PAID&from=2026-12-01&to=2026-12-03",
                "/admin/orders/" + ORDER,
                "/admin/reviews",
                "/admin/support",
                "/admin/support/" + CONVERSATION);
    }

    /** Each form with values it accepts, so that only security can stop it. */
    static Stream<Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>>> forms() {
        return Stream.of(
                form(post("/admin/products")
                        .param("name", "Kettle")
                        .param("categoryId", KETTLES)
                        .param("price", "10.00")
                        .param("currency", "EUR")
                        .param("stock", "1")
                        .param("status", "DRAFT")
                        .param("version", "-1")),
                form(post("/admin/products/" + PRODUCT)
                        .param("name", "Kettle")
                        .param("categoryId", KETTLES)
                        .param("price", "10.00")
                        .param("currency", "EUR")
                        .param("stock", "1")
                        .param("status", "ACTIVE")
                        .param("version", "7")),
                form(post("/admin/products/" + PRODUCT + "/stock")
                        .param("stock", "3")
                        .param("version", "7")),
                form(post("/admin/products/" + PRODUCT + "/status")
                        .param("status", "ARCHIVED")
                        .param("version", "7")),
                form(multipart("/admin/products/" + PRODUCT + "/images")
                        .file(new MockMultipartFile("file", "k.png", "image/png", new byte[] {1, 2, 3}))),
                form(post("/admin/products/" + PRODUCT + "/images/" + IMAGE_1 + "/move")
                        .param("direction", "down")),
                form(post("/admin/products/" + PRODUCT + "/images/" + IMAGE_1 + "/remove")),
                form(post("/admin/categories")
                        .param("name", "Teapots")
                        .param("position", "0")
                        .param("version", "-1")),
                form(post("/admin/categories/" + KETTLES)
                        .param("name", "Kettles")
                        .param("position", "1")
                        .param("version", "4")),
                form(post("/admin/coupons")
                        .param("code", "NEW10")
                        .param("kind", "PERCENTAGE")
                        .param("value", "10")),
                form(post("/admin/coupons/" + COUPON)
                        .param("code", "SAVE10")
                        .param("kind", "PERCENTAGE")
                        .param("value", "15")
                        .param("version", "2")),
                form(post("/admin/coupons/" + COUPON + "/deactivate")),
                form(post("/admin/orders/" + ORDER + "/ship")
                        .param("carrier", "DHL")
                        .param("trackingNumber", "JD0001")),
                form(post("/admin/orders/" + ORDER + "/deliver")),
                form(post("/admin/orders/" + ORDER + "/cancel").param("note", "Out of stock")),
                form(post("/admin/reviews/" + REVIEW + "/approve")),
                form(post("/admin/reviews/" + REVIEW + "/reject").param("reason", "Off topic")),
                form(post("/admin/support/" + CONVERSATION + "/messages").param("text", "On its way.")),
                form(post("/admin/support/" + CONVERSATION + "/read")),
                form(post("/admin/support/" + CONVERSATION + "/close")));
    }

    private static Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>> form(
            AbstractMockHttpServletRequestBuilder<?> request) {
        return Map.entry(
                request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getRequestURI(),
                request);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void sendsAVisitorToSignIn(String page) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(page))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/auth/signin/identity"));

        assertThat(STUB.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void showsACustomerTheForbiddenPage(String page) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(page).with(customer()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"));

        assertThat(STUB.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void showsAnAdminThePageWithTheirToken(String page) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(page).with(admin())).andExpect(status().isOk());

        assertThat(STUB.calls())
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer " + ADMIN_TOKEN));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void refusesEveryFormWithoutItsCsrfTokenEvenFromAnAdmin(
            Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>> form) throws Exception {
        mvc.perform(form.getValue().with(admin())).andExpect(status().isForbidden());

        assertThat(STUB.calls()).as(form.getKey()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void refusesEveryFormOfACustomer(Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>> form)
            throws Exception {
        mvc.perform(form.getValue().with(customer()).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"));

        assertThat(STUB.calls()).as(form.getKey()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void sendsAVisitorsFormToSignIn(Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>> form) throws Exception {
        mvc.perform(form.getValue().with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/auth/signin/identity"));

        assertThat(STUB.calls()).as(form.getKey()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void takesAnAdminsFormWithItsCsrfToken(Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>> form)
            throws Exception {
        var answer = mvc.perform(form.getValue().with(admin()).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).as(form.getKey()).isIn(200, 302);
        assertThat(STUB.calls())
                .as(form.getKey())
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer " + ADMIN_TOKEN));
    }
}
