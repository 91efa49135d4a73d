package org.emporium.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Products in the back office: catalog's search as the list (live products, drafts or archived ones), create, edit with the version read ({@code If-Match}:
 * a stale edit is shown as the conflict it is, with the current product beside the admin's changes), stock, status,
 * and the pictures (upload, reorder, remove). Catalog decides every rule.
 */
@Controller
@RequestMapping("/admin/products")
class AdminProductsController {
    static final List<String> STATUSES = List.of("DRAFT", "ACTIVE", "ARCHIVED");

    private final Gateway gateway;

    AdminProductsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Size(max = 200) @Nullable String q,
            @RequestParam(defaultValue = "ACTIVE") @Pattern(regexp = "DRAFT|ACTIVE|ARCHIVED") String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(499) int page,
            Model model) {
        var query = UriComponentsBuilder.fromPath("/api/catalog/products")
                .queryParam("status", status)
                .queryParam("sort", q == null || q.isBlank() ? "newest" : "relevance")
                .queryParam("page", page)
                .queryParam("size", 20);
        if (q != null && !q.isBlank()) {
            query.queryParam("q", q.strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("page", page);
        model.addAttribute(
                "results",
                gateway.user()
                        .get()
                        .uri(query.encode().build().toUri())
                        .retrieve()
                        .body(Gateway.OBJECT));
        return "admin/products";
    }

    /** Opens a product by id or slug. */
    @GetMapping("/open")
    String open(@RequestParam @NotBlank @Size(max = 120) String idOrSlug) {
        return "redirect:" + path(idOrSlug.strip());
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", ProductForm.empty());
        return form(model, null);
    }

    @PostMapping
    String created(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            BackOffice.show(model, errors);
            return form(model, null);
        }
        try {
            var created = gateway.user()
                    .post()
                    .uri("/api/catalog/products")
                    .body(form.body())
                    .retrieve()
                    .body(Gateway.OBJECT);
            return "redirect:" + path(String.valueOf(created == null ? "" : created.get("id"))) + "?created";
        } catch (ServiceProblem problem) {
            BackOffice.show(model, problem);
            return form(model, null);
        }
    }

    @GetMapping("/{idOrSlug}")
    String product(@PathVariable @Size(max = 120) String idOrSlug, Model model) {
        var product = read(idOrSlug);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProductForm.of(product));
        }
        return form(model, product);
    }

    /** The full edit: a {@code PUT} naming the version the form was read at. */
    @PostMapping("/{id}")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            BackOffice.show(model, errors);
            return form(model, read(id.toString()));
        }
        try {
            gateway.user()
                    .put()
                    .uri("/api/catalog/products/{id}", id)
                    .header("If-Match", BackOffice.ifMatch(form.version()))
                    .body(form.body())
                    .retrieve()
                    .toBodilessEntity();
            redirect.addFlashAttribute("notice", "Product saved.");
            return "redirect:" + path(id.toString());
        } catch (ServiceProblem problem) {
            if (problem.status() == 412) {
                // Someone saved in between: keep what this admin typed, show what is stored now beside it.
                var current = read(id.toString());
                model.addAttribute("conflict", current);
                model.addAttribute(
                        "problem",
                        "Someone else changed this product while you edited it ("
                                + problem.getMessage() + "). Their version is shown beside your changes; save again to"
                                + " replace it with yours.");
                model.addAttribute("form", form.atVersion(number(current.get("version"))));
                return form(model, current);
            }
            BackOffice.show(model, problem);
            return form(model, read(id.toString()));
        }
    }

    @PostMapping("/{id}/stock")
    String stock(
            @PathVariable UUID id,
            @RequestParam @Min(0) @Max(1_000_000_000) int stock,
            @RequestParam long version,
            RedirectAttributes redirect) {
        BackOffice.attempt(redirect, "Stock set to " + stock + ".", () -> patch(id, version, Map.of("stock", stock)));
        return "redirect:" + path(id.toString());
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable UUID id,
            @RequestParam @Pattern(regexp = "DRAFT|ACTIVE|ARCHIVED") String status,
            @RequestParam long version,
            RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect, "Status set to " + status + ".", () -> patch(id, version, Map.of("status", status)));
        return "redirect:" + path(id.toString());
    }

    @PostMapping("/{id}/images")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose a picture to upload.");
            return "redirect:" + path(id.toString()) + "#images";
        }
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", named(file));
        BackOffice.attempt(
                redirect,
                "Picture uploaded.",
                () -> gateway.user()
                        .post()
                        .uri("/api/catalog/products/{id}/images", id)
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(parts)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:" + path(id.toString()) + "#images";
    }

    /** Moves one picture a place up or down (the first is the main picture); catalog stores the whole order. */
    @PostMapping("/{id}/images/{imageId}/move")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID imageId,
            @RequestParam @Pattern(regexp = "up|down") String direction,
            RedirectAttributes redirect) {
        var order = new ArrayList<String>();
        for (var image : images(read(id.toString()))) {
            order.add(String.valueOf(image.get("id")));
        }
        var at = order.indexOf(imageId.toString());
        var to = "up".equals(direction) ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, imageId.toString());
            BackOffice.attempt(
                    redirect,
                    "Pictures reordered.",
                    () -> gateway.user()
                            .put()
                            .uri("/api/catalog/products/{id}/images/order", id)
                            .body(Map.of("imageIds", order))
                            .retrieve()
                            .toBodilessEntity());
        }
        return "redirect:" + path(id.toString()) + "#images";
    }

    @PostMapping("/{id}/images/{imageId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID imageId, RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Picture removed.",
                () -> gateway.user()
                        .delete()
                        .uri("/api/catalog/products/{id}/images/{imageId}", id, imageId)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:" + path(id.toString()) + "#images";
    }

    private void patch(UUID id, long version, Map<String, Object> change) {
        gateway.user()
                .patch()
                .uri("/api/catalog/products/{id}", id)
                .header("If-Match", BackOffice.ifMatch(version))
                .body(change)
                .retrieve()
                .toBodilessEntity();
    }

    private Map<String, Object> read(String idOrSlug) {
        var product = gateway.user()
                .get()
                .uri("/api/catalog/products/{idOrSlug}", idOrSlug)
                .retrieve()
                .body(Gateway.OBJECT);
        if (product == null) {
            throw new ServiceProblem(404, null, "No such product", Map.of());
        }
        return product;
    }

    private String form(Model model, @Nullable Map<String, Object> product) {
        model.addAttribute("product", product);
        model.addAttribute("title", product == null ? "New product" : String.valueOf(product.get("name")));
        model.addAttribute("images", product == null ? List.of() : images(product));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("categoryOptions", AdminCategoriesController.options(categories()));
        return "admin/product";
    }

    private List<Map<String, Object>> categories() {
        var tree =
                gateway.user().get().uri("/api/catalog/categories").retrieve().body(Gateway.LIST);
        return tree == null ? List.of() : tree;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> images(Map<String, Object> product) {
        return product.get("images") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static Resource named(MultipartFile file) {
        var name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload"
                        : file.getOriginalFilename();
        try {
            return new ByteArrayResource(file.getBytes()) {
                @Override
                public String getFilename() {
                    return name;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }

    static String path(String idOrSlug) {
        return UriComponentsBuilder.fromPath("/admin/products/{id}")
                .buildAndExpand(idOrSlug)
                .encode()
                .toUriString();
    }

    /**
     * The product form as the browser posts it. {@code attributes} is one {@code key=value} a line; {@code version}
     * is the version the form was read at, sent back as {@code If-Match}.
     */
    record ProductForm(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 120) @Nullable String slug,
            @Size(max = 5000) @Nullable String description,
            @NotNull @Nullable UUID categoryId,
            @Size(max = 100) @Nullable String brand,
            @Size(max = 8000) @Nullable String attributes,
            @NotNull @DecimalMin("0") @Nullable BigDecimal price,
            @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @Min(0) @Max(1_000_000_000) @Nullable Integer stock,

            @NotBlank @Pattern(regexp = "DRAFT|ACTIVE|ARCHIVED")
            String status,

            long version) {

        static ProductForm empty() {
            return new ProductForm("", null, null, null, null, null, null, "EUR", 0, "DRAFT", -1);
        }

        @SuppressWarnings("unchecked")
        static ProductForm of(Map<String, Object> product) {
            var attributes = new StringBuilder();
            if (product.get("attributes") instanceof Map<?, ?> map) {
                map.forEach((k, v) -> attributes.append(k).append('=').append(v).append('\n'));
            }
            var category = product.get("category") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
            return new ProductForm(
                    String.valueOf(product.get("name")),
                    (String) product.get("slug"),
                    (String) product.get("description"),
                    category.get("id") == null ? null : UUID.fromString(String.valueOf(category.get("id"))),
                    (String) product.get("brand"),
                    attributes.toString().strip(),
                    product.get("price") == null ? null : new BigDecimal(String.valueOf(product.get("price"))),
                    String.valueOf(product.get("currency")),
                    product.get("stock") instanceof Number n ? n.intValue() : null,
                    String.valueOf(product.get("status")),
                    number(product.get("version")));
        }

        ProductForm atVersion(long current) {
            return new ProductForm(
                    name, slug, description, categoryId, brand, attributes, price, currency, stock, status, current);
        }

        /** catalog's {@code ProductRequest}; blank optional fields are left out. */
        Map<String, Object> body() {
            var body = new LinkedHashMap<String, Object>();
            body.put("name", name.strip());
            var theSlug = BackOffice.blankToNull(slug);
            if (theSlug != null) {
                body.put("slug", theSlug);
            }
            body.put("description", description == null ? "" : description.strip());
            body.put("categoryId", categoryId);
            var theBrand = BackOffice.blankToNull(brand);
            if (theBrand != null) {
                body.put("brand", theBrand);
            }
            body.put("attributes", attributeMap());
            body.put("price", price);
            body.put("currency", currency);
            body.put("stock", stock);
            body.put("status", status);
            return body;
        }

        /** {@code key=value} lines; a line without {@code =} is a key with an empty value (catalog refuses it). */
        Map<String, String> attributeMap() {
            var map = new LinkedHashMap<String, String>();
            if (attributes != null) {
                for (var line : attributes.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    var at = line.indexOf('=');
                    map.put(
                            (at < 0 ? line : line.substring(0, at)).strip(),
                            at < 0 ? "" : line.substring(at + 1).strip());
                }
            }
            return map;
        }
    }
}
