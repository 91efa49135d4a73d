package org.emporium.web.storefront;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Home, search and product pages. Catalog and comment answer; this only renders what they said. The search form
 * and the facet links are plain GET links, so the pages work without JavaScript and can be bookmarked.
 */
@Controller
class StorefrontController {
    private final Gateway gateway;

    StorefrontController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "categories",
                categories().stream()
                        .map(c -> new CategoryLink(
                                String.valueOf(c.get("slug")), String.valueOf(c.get("name")), productsWithin(c)))
                        .toList());
        model.addAttribute(
                "featured",
                gateway.visitor()
                        .get()
                        .uri("/api/catalog/products?sort=rating&inStock=true&size=8")
                        .retrieve()
                        .body(Gateway.OBJECT));
        return "home";
    }

    @GetMapping("/search")
    String search(@Valid @ModelAttribute("search") SearchForm search, BindingResult errors, Model model) {
        model.addAttribute("categories", categories());
        if (errors.hasErrors()) {
            model.addAttribute(
                    "problem",
                    "Some of the search settings are not valid: "
                            + errors.getFieldErrors().stream()
                                    .map(e -> e.getField())
                                    .distinct()
                                    .toList());
            return "search";
        }
        try {
            model.addAttribute(
                    "results",
                    gateway.visitor()
                            .get()
                            .uri(search.catalogQuery(search.pageOrFirst()))
                            .retrieve()
                            .body(Gateway.OBJECT));
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            model.addAttribute("problem", problem.getMessage());
        }
        return "search";
    }

    @GetMapping("/products/{slug}")
    String product(@PathVariable String slug, Model model) {
        var product = gateway.visitor()
                .get()
                .uri("/api/catalog/products/{slug}", slug)
                .retrieve()
                .body(Gateway.OBJECT);
        model.addAttribute("product", product);
        if (product != null) {
            model.addAttribute(
                    "reviews",
                    gateway.visitor()
                            .get()
                            .uri("/api/comment/products/{id}/reviews?size=20", product.get("id"))
                            .retrieve()
                            .body(Gateway.OBJECT));
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewForm(5, "", ""));
        }
        return "product";
    }

    /** Writes a review as the signed-in customer; comment decides whether they may and whether it shows now. */
    @PostMapping("/products/{slug}/reviews")
    String review(
            @PathVariable String slug,
            @Valid @ModelAttribute("review") ReviewForm review,
            BindingResult errors,
            RedirectAttributes redirect) {
        var back = UriComponentsBuilder.fromPath("/products/{slug}")
                .buildAndExpand(slug)
                .encode()
                .toUriString();
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("reviewProblem", "Give a rating from 1 to 5, a title and a text.");
            redirect.addFlashAttribute("review", review);
            return "redirect:" + back + "#write-review";
        }
        var product = gateway.visitor()
                .get()
                .uri("/api/catalog/products/{slug}", slug)
                .retrieve()
                .body(Gateway.OBJECT);
        try {
            var written = gateway.user()
                    .post()
                    .uri("/api/comment/products/{id}/reviews", product == null ? "" : product.get("id"))
                    .body(Map.of("rating", review.rating(), "title", review.title(), "text", review.text()))
                    .retrieve()
                    .body(Gateway.OBJECT);
            redirect.addFlashAttribute(
                    "reviewNotice",
                    written != null && "PENDING".equals(written.get("status"))
                            ? "Thank you: your review shows once a moderator has approved it."
                            : "Thank you for your review.");
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            redirect.addFlashAttribute("reviewProblem", problem.getMessage());
            redirect.addFlashAttribute("review", review);
        }
        return "redirect:" + back + "#reviews";
    }

    private List<Map<String, Object>> categories() {
        var tree = gateway.visitor()
                .get()
                .uri("/api/catalog/categories")
                .retrieve()
                .body(Gateway.LIST);
        return tree == null ? List.of() : tree;
    }

    /**
     * The live products a category's link finds: its own and its sub-categories' (catalog's search takes a category
     * with its descendants, while the tree counts each category's own products only).
     */
    static long productsWithin(Map<?, ?> category) {
        var total = category.get("productCount") instanceof Number n ? n.longValue() : 0;
        if (category.get("children") instanceof List<?> children) {
            for (var child : children) {
                if (child instanceof Map<?, ?> c) {
                    total += productsWithin(c);
                }
            }
        }
        return total;
    }

    /** A top-level category as the home page links it, with the products its search finds. */
    record CategoryLink(String slug, String name, long products) {}

    /** A review as the form sends it. */
    record ReviewForm(
            @Min(1) @Max(5) int rating,
            @NotBlank @Size(max = 120) String title,
            @NotBlank @Size(max = 4000) String text) {}
}
