package org.emporium.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The category tree: create, and per category rename, move (another parent, or the root) and reorder, each a
 * catalog {@code PUT} with the version read; catalog refuses a loop (409 {@code CATEGORY_CYCLE}) and a stale
 * version (412), and the page shows why.
 */
@Controller
@RequestMapping("/admin/categories")
class AdminCategoriesController {
    private final Gateway gateway;

    AdminCategoriesController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String tree(Model model) {
        var tree = tree();
        model.addAttribute("tree", options(tree));
        model.addAttribute("parents", options(tree));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CategoryForm("", null, null, 0, -1));
        }
        return "admin/categories";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            BackOffice.show(model, errors);
            return tree(model);
        }
        try {
            gateway.user()
                    .post()
                    .uri("/api/catalog/categories")
                    .body(form.body())
                    .retrieve()
                    .toBodilessEntity();
        } catch (ServiceProblem problem) {
            BackOffice.show(model, problem);
            return tree(model);
        }
        redirect.addFlashAttribute("notice", "Category " + form.name().strip() + " created.");
        return "redirect:/admin/categories";
    }

    @GetMapping("/{id}")
    String category(@PathVariable UUID id, Model model) {
        var answer = gateway.user()
                .get()
                .uri("/api/catalog/categories/{id}", id)
                .retrieve()
                .toEntity(Gateway.OBJECT);
        var category = answer.getBody() == null ? Map.<String, Object>of() : answer.getBody();
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new CategoryForm(
                            String.valueOf(category.get("name")),
                            (String) category.get("slug"),
                            category.get("parentId") == null
                                    ? null
                                    : UUID.fromString(String.valueOf(category.get("parentId"))),
                            category.get("position") instanceof Number n ? n.intValue() : 0,
                            BackOffice.version(answer)));
        }
        model.addAttribute("category", category);
        var parents = new ArrayList<Map<String, Object>>();
        for (var option : options(tree())) {
            if (!id.toString().equals(String.valueOf(option.get("id")))) {
                parents.add(option);
            }
        }
        model.addAttribute("parents", parents);
        return "admin/category";
    }

    /** Rename, move or reorder: the whole category is sent again (catalog's {@code PUT} replaces it). */
    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            BackOffice.show(model, errors);
            return category(id, model);
        }
        try {
            gateway.user()
                    .put()
                    .uri("/api/catalog/categories/{id}", id)
                    .header("If-Match", BackOffice.ifMatch(form.version()))
                    .body(form.body())
                    .retrieve()
                    .toBodilessEntity();
        } catch (ServiceProblem problem) {
            BackOffice.show(model, problem);
            if (problem.status() == 412) {
                model.addAttribute(
                        "problem",
                        "Someone else changed this category while you edited it (" + problem.getMessage()
                                + "). The form shows it as it is now; make your change again.");
                model.asMap().remove("form");
            }
            return category(id, model);
        }
        redirect.addFlashAttribute("notice", "Category saved.");
        return "redirect:/admin/categories";
    }

    private List<Map<String, Object>> tree() {
        var tree =
                gateway.user().get().uri("/api/catalog/categories").retrieve().body(Gateway.LIST);
        return tree == null ? List.of() : tree;
    }

    /** The tree flattened depth first, each node with its {@code depth} and an indented {@code label}. */
    static List<Map<String, Object>> options(List<Map<String, Object>> tree) {
        var options = new ArrayList<Map<String, Object>>();
        flatten(tree, 0, options);
        return options;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(List<Map<String, Object>> nodes, int depth, List<Map<String, Object>> into) {
        for (var node : nodes) {
            var option = new LinkedHashMap<String, Object>(node);
            option.remove("children");
            option.put("depth", depth);
            option.put("label", "— ".repeat(depth) + node.get("name"));
            into.add(option);
            if (node.get("children") instanceof List<?> children) {
                flatten((List<Map<String, Object>>) children, depth + 1, into);
            }
        }
    }

    /** A category as the forms post it; {@code parentId} empty is the root. */
    record CategoryForm(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 120) @Nullable String slug,
            @Nullable UUID parentId,
            @Min(0) @Max(10_000) int position,
            long version) {

        Map<String, Object> body() {
            var body = new LinkedHashMap<String, Object>();
            body.put("name", name.strip());
            var theSlug = BackOffice.blankToNull(slug);
            if (theSlug != null) {
                body.put("slug", theSlug);
            }
            body.put("parentId", parentId);
            body.put("position", position);
            return body;
        }
    }
}
