package org.emporium.catalog.api;

import an.awesome.pipelinr.Pipeline;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.application.category.CategoryNodeView;
import org.emporium.catalog.application.category.CreateCategory;
import org.emporium.catalog.application.category.GetCategoryTree;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The category tree (public) and new categories (admins). */
@RestController
@RequestMapping("/api/catalog/categories")
class CategoryController {
    private final Pipeline pipeline;

    CategoryController(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @GetMapping
    List<CategoryNodeView> tree() {
        return pipeline.send(new GetCategoryTree());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CreateCategory command) {
        var id = pipeline.send(command);
        return ResponseEntity.created(URI.create("/api/catalog/categories/" + id))
                .body(Map.of("id", id.value()));
    }
}
