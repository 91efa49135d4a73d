package org.emporium.catalog.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.application.category.CategoryNodeView;
import org.emporium.catalog.application.category.CategoryView;
import org.emporium.catalog.application.category.CreateCategory;
import org.emporium.catalog.application.category.DeleteCategory;
import org.emporium.catalog.application.category.GetCategory;
import org.emporium.catalog.application.category.GetCategoryTree;
import org.emporium.catalog.application.category.UpdateCategory;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The category tree and single categories (public); creating, changing and deleting categories (admins), changes
 * guarded by {@code If-Match} like products (the ETag of a category is its version). A category is addressed as
 * {@code /categories/{idOrSlug}} on every method; reads take either, changes an id (anything else is 400).
 */
@RestController
@RequestMapping("/api/catalog/categories")
class CategoryController {
    private final Mediator mediator;

    CategoryController(Mediator mediator) {
        this.mediator = mediator;
    }

    @GetMapping
    List<CategoryNodeView> tree() {
        return mediator.send(new GetCategoryTree());
    }

    @GetMapping("/{idOrSlug}")
    ResponseEntity<CategoryView> get(@PathVariable String idOrSlug) {
        var category = mediator.send(new GetCategory(idOrSlug));
        return ResponseEntity.ok().eTag(ETags.of(category.version())).body(category);
    }

    @PostMapping
    ResponseEntity<CategoryView> create(@Valid @RequestBody CategoryRequest request) {
        var id = mediator.send(new CreateCategory(request.toInput()));
        var category = view(id);
        return ResponseEntity.created(URI.create("/api/catalog/categories/" + id))
                .eTag(ETags.of(category.version()))
                .body(category);
    }

    @PutMapping("/{idOrSlug}")
    ResponseEntity<CategoryView> replace(
            @PathVariable("idOrSlug") UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody CategoryRequest request) {
        var categoryId =
                mediator.send(new UpdateCategory(new CategoryId(id), ETags.version(ifMatch), request.toInput()));
        var category = view(categoryId);
        return ResponseEntity.ok().eTag(ETags.of(category.version())).body(category);
    }

    @DeleteMapping("/{idOrSlug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable("idOrSlug") UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        mediator.send(new DeleteCategory(new CategoryId(id), ETags.version(ifMatch)));
    }

    private CategoryView view(CategoryId id) {
        return mediator.send(new GetCategory(id.toString()));
    }
}
