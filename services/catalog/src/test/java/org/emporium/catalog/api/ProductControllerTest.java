package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.application.image.ImageUploads;
import org.emporium.catalog.application.product.CreateProduct;
import org.emporium.catalog.application.product.GetProduct;
import org.emporium.catalog.application.product.ProductView;
import org.emporium.catalog.application.product.UpdateProduct;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.infrastructure.config.SecurityConfiguration;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.mediator.Request;
import org.emporium.platform.security.SecurityAutoConfiguration;
import org.emporium.platform.test.TestTokens;
import org.emporium.platform.web.WebAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The product endpoints as a web slice: the request mapped to the right command, bad input answered as problem+json
 * before any command is sent, and the security rules (writes are admins'). The mediator is a mock: what lies behind
 * it is covered by the handler tests and the {@code *IT}s.
 */
@WebMvcTest(ProductController.class)
@ImportAutoConfiguration({WebAutoConfiguration.class, SecurityAutoConfiguration.class})
@Import(SecurityConfiguration.class)
class ProductControllerTest {
    private static final String PROBLEM = "application/problem+json";
    private final UUID id = UUID.randomUUID();
    private final UUID category = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Mediator mediator;

    /** Uploads are processed before their command is sent; not under test here. */
    @MockitoBean
    ImageUploads imageUploads;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
    }

    private String body(String name, String price) {
        return """
                {"name": "%s", "categoryId": "%s", "price": %s, "currency": "EUR", "stock": 5}""".formatted(name, category, price);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aCreateIsMappedToTheCommandAndAnsweredWithTheViewAndItsETag() throws Exception {
        when(mediator.send(any(CreateProduct.class))).thenReturn(new ProductId(id));
        when(mediator.send(any(GetProduct.class))).thenReturn(view());

        mvc.perform(as(post("/api/catalog/products"), TestTokens.admin()).content(body("Travel Kettle", "19.90")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/catalog/products/" + id))
                .andExpect(jsonPath("$.id").value(id.toString()));

        var sent = ArgumentCaptor.forClass(CreateProduct.class);
        verify(mediator).send(sent.capture());
        assertThat(sent.getValue().input().name()).isEqualTo("Travel Kettle");
        assertThat(sent.getValue().input().categoryId()).isEqualTo(category);
        assertThat(sent.getValue().input().price()).isEqualByComparingTo("19.90");
    }

    @Test
    void aReplaceSendsTheVersionTheIfMatchNames() throws Exception {
        when(mediator.send(any(UpdateProduct.class))).thenReturn(new ProductId(id));
        when(mediator.send(any(GetProduct.class))).thenReturn(view());

        mvc.perform(as(put("/api/catalog/products/" + id), TestTokens.admin())
                        .header(HttpHeaders.IF_MATCH, "W/\"3\"")
                        .content(body("Travel Kettle", "21.00")))
                .andExpect(status().isOk());

        var sent = ArgumentCaptor.forClass(UpdateProduct.class);
        verify(mediator).send(sent.capture());
        assertThat(sent.getValue().productId()).isEqualTo(new ProductId(id));
        assertThat(sent.getValue().expectedVersion()).isEqualTo(3);
    }

    @Test
    void invalidFieldsAreA400ListingThemAndSendNothing() throws Exception {
        mvc.perform(as(post("/api/catalog/products"), TestTokens.admin()).content(body("", "-3")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("REQUEST.VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "price")));

        verify(mediator, never()).send(any(Request.class));
    }

    @Test
    void aClientCannotSetTheVersion() throws Exception {
        var withVersion = body("Sneaky Stool", "5").replace("}", ", \"version\": 99}");

        mvc.perform(as(post("/api/catalog/products"), TestTokens.admin()).content(withVersion))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REQUEST.UNKNOWN_FIELD"));
    }

    @Test
    void aChangeAddressedByASlugIsA400() throws Exception {
        mvc.perform(as(put("/api/catalog/products/travel-kettle"), TestTokens.admin())
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content(body("Travel Kettle", "1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REQUEST.INVALID_PARAMETER"));
    }

    @Test
    void aChangeWithoutIfMatchIs428AndAStaleOne412() throws Exception {
        mvc.perform(as(put("/api/catalog/products/" + id), TestTokens.admin()).content(body("Travel Kettle", "1")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.code").value("REQUEST.PRECONDITION_REQUIRED"));
        when(mediator.send(any(UpdateProduct.class)))
                .thenThrow(new OptimisticLockingFailureException("Product is at version 4"));

        mvc.perform(as(put("/api/catalog/products/" + id), TestTokens.admin())
                        .header(HttpHeaders.IF_MATCH, "\"3\"")
                        .content(body("Travel Kettle", "1")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("REQUEST.STALE_VERSION"));
    }

    @Test
    void anUnknownSortIsA422() throws Exception {
        mvc.perform(get("/api/catalog/products").param("sort", "cheapest"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CATALOG.INVALID_SORT"));
    }

    @Test
    void onlyAdminsWrite() throws Exception {
        mvc.perform(post("/api/catalog/products")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Forbidden Fruit", "1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH.UNAUTHENTICATED"));
        mvc.perform(as(post("/api/catalog/products"), TestTokens.customer()).content(body("Forbidden Fruit", "1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AUTH.FORBIDDEN"));
        mvc.perform(as(post("/api/catalog/products/lookup"), TestTokens.admin()).content("{\"ids\": [\"" + id + "\"]}"))
                .andExpect(status().isForbidden());

        verify(mediator, never()).send(any(Request.class));
    }

    private ProductView view() {
        var now = Instant.parse("2026-01-15T10:00:00Z");
        return new ProductView(
                id,
                "travel-kettle",
                "Travel Kettle",
                "",
                new ProductView.CategoryRef(category, "kitchen", "Kitchen"),
                null,
                Map.of(),
                new BigDecimal("19.90"),
                "EUR",
                5,
                true,
                "DRAFT",
                BigDecimal.ZERO,
                0,
                List.of(),
                now,
                now,
                0);
    }
}
