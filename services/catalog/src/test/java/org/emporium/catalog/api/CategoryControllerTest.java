package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.emporium.catalog.application.category.CategoryView;
import org.emporium.catalog.application.category.DeleteCategory;
import org.emporium.catalog.application.category.GetCategory;
import org.emporium.catalog.domain.category.CategoryId;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The category endpoints as a web slice over a mocked mediator: mapping, bad input and who may write. */
@WebMvcTest(CategoryController.class)
@ImportAutoConfiguration({WebAutoConfiguration.class, SecurityAutoConfiguration.class})
@Import(SecurityConfiguration.class)
class CategoryControllerTest {
    private final UUID id = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Mediator mediator;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
    }

    @Test
    void anyoneReadsACategoryBySlugWithItsVersionAsETag() throws Exception {
        when(mediator.send(any(GetCategory.class))).thenReturn(new CategoryView(id, "garden", "Garden", null, 0, 4));

        mvc.perform(get("/api/catalog/categories/garden"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""))
                .andExpect(jsonPath("$.slug").value("garden"));
    }

    @Test
    void aDeleteSendsTheIdAndTheVersionTheIfMatchNames() throws Exception {
        when(mediator.send(any(DeleteCategory.class))).thenReturn(new CategoryId(id));

        mvc.perform(delete("/api/catalog/categories/" + id)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.admin())
                        .header(HttpHeaders.IF_MATCH, "\"4\""))
                .andExpect(status().isNoContent());

        var sent = ArgumentCaptor.forClass(DeleteCategory.class);
        verify(mediator).send(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new DeleteCategory(new CategoryId(id), 4));
    }

    @Test
    void aPositionOutOfRangeIsA400OnTheField() throws Exception {
        mvc.perform(post("/api/catalog/categories")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Garden\", \"position\": -1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));

        verify(mediator, never()).send(any(Request.class));
    }

    @Test
    void customersCannotChangeCategories() throws Exception {
        mvc.perform(post("/api/catalog/categories")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Garden\", \"position\": 0}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AUTH.FORBIDDEN"));

        verify(mediator, never()).send(any(Request.class));
    }
}
