package org.emporium.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Coupons: the list with discount's filters, create and edit with every field discount takes (its refusals shown
 * with the fields it names; an edit sends the version it read as {@code If-Match}), a coupon's page with its
 * redemptions, and deactivation.
 */
@Controller
@RequestMapping("/admin/coupons")
class AdminCouponsController {
    private final Gateway gateway;

    AdminCouponsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Pattern(regexp = "|true|false") @Nullable String active,
            @RequestParam(required = false) @Pattern(regexp = "|true|false") @Nullable String expired,
            @RequestParam(required = false) @Size(max = 32) @Nullable String code,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            Model model) {
        var query = UriComponentsBuilder.fromPath("/api/discount/coupons")
                .queryParam("page", page)
                .queryParam("size", 20);
        if (active != null && !active.isEmpty()) {
            query.queryParam("active", active);
        }
        if (expired != null && !expired.isEmpty()) {
            query.queryParam("expired", expired);
        }
        if (code != null && !code.isBlank()) {
            query.queryParam("code", code.strip());
        }
        model.addAttribute(
                "filters",
                Map.of(
                        "active",
                        active == null ? "" : active,
                        "expired",
                        expired == null ? "" : expired,
                        "code",
                        code == null ? "" : code));
        model.addAttribute("page", page);
        model.addAttribute(
                "coupons",
                gateway.user()
                        .get()
                        .uri(query.encode().build().toUri())
                        .retrieve()
                        .body(Gateway.OBJECT));
        return "admin/coupons";
    }

    @GetMapping("/new")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CouponForm.empty());
        }
        model.addAttribute("categoryOptions", AdminCategoriesController.options(categories()));
        return "admin/coupon-new";
    }

    @PostMapping
    String created(@Valid @ModelAttribute("form") CouponForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            BackOffice.show(model, errors);
            return create(model);
        }
        try {
            var coupon = gateway.user()
                    .post()
                    .uri("/api/discount/coupons")
                    .body(form.body())
                    .retrieve()
                    .body(Gateway.OBJECT);
            return "redirect:/admin/coupons/" + (coupon == null ? "" : coupon.get("id")) + "?created";
        } catch (ServiceProblem problem) {
            BackOffice.show(model, problem);
            return create(model);
        }
    }

    @GetMapping("/{id}")
    String coupon(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model) {
        model.addAttribute(
                "coupon",
                gateway.user()
                        .get()
                        .uri("/api/discount/coupons/{id}", id)
                        .retrieve()
                        .body(Gateway.OBJECT));
        model.addAttribute(
                "redemptions",
                gateway.user()
                        .get()
                        .uri("/api/discount/coupons/{id}/redemptions?page={page}&size=20", id, page)
                        .retrieve()
                        .body(Gateway.OBJECT));
        model.addAttribute("page", page);
        return "admin/coupon";
    }

    /** The edit form, filled with the coupon as discount has it now, at the version its {@code ETag} names. */
    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var answer = gateway.user()
                .get()
                .uri("/api/discount/coupons/{id}", id)
                .retrieve()
                .toEntity(Gateway.OBJECT);
        var coupon = answer.getBody() == null ? Map.<String, Object>of() : answer.getBody();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CouponForm.of(coupon));
            model.addAttribute("version", BackOffice.version(answer));
        }
        model.addAttribute("coupon", coupon);
        model.addAttribute("categoryOptions", AdminCategoriesController.options(categories()));
        return "admin/coupon-edit";
    }

    /**
     * Replaces the coupon's terms (discount's {@code PUT} with {@code If-Match}); the code cannot change (the form
     * sends it as it was, discount refuses another). A stale version is shown as the coupon is now.
     */
    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam long version,
            @Valid @ModelAttribute("form") CouponForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            BackOffice.show(model, errors);
            model.addAttribute("version", version);
            return edit(id, model);
        }
        try {
            gateway.user()
                    .put()
                    .uri("/api/discount/coupons/{id}", id)
                    .header("If-Match", BackOffice.ifMatch(version))
                    .body(form.body())
                    .retrieve()
                    .toBodilessEntity();
        } catch (ServiceProblem problem) {
            BackOffice.show(model, problem);
            if (problem.status() == 412) {
                model.addAttribute(
                        "problem",
                        "Someone else changed this coupon while you edited it (" + problem.getMessage()
                                + "). The form shows it as it is now; make your change again.");
                model.asMap().remove("form");
            } else {
                model.addAttribute("version", version);
            }
            return edit(id, model);
        }
        redirect.addFlashAttribute("notice", "Coupon saved.");
        return "redirect:/admin/coupons/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Coupon deactivated: quotes refuse it from now on; reservations already made stand.",
                () -> gateway.user()
                        .post()
                        .uri("/api/discount/coupons/{id}/deactivate", id)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/coupons/" + id;
    }

    private List<Map<String, Object>> categories() {
        var tree =
                gateway.user().get().uri("/api/catalog/categories").retrieve().body(Gateway.LIST);
        return tree == null ? List.of() : tree;
    }

    /**
     * A new coupon as the form posts it: discount's {@code CouponRequest}. Times are entered in UTC;
     * {@code productIds} is a list of ids separated by spaces, commas or lines.
     */
    record CouponForm(
            @NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9-]{3,32}\\s*")
            String code,

            @Size(max = 500) @Nullable String description,

            @NotBlank @Pattern(regexp = "PERCENTAGE|FIXED_AMOUNT")
            String kind,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Nullable
            BigDecimal value,

            @Pattern(regexp = "|[A-Z]{3}") @Nullable String currency,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
            LocalDateTime validFrom,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
            LocalDateTime validUntil,

            @DecimalMin("0") @Nullable BigDecimal minimumAmount,
            @Min(1) @Nullable Integer maxRedemptions,
            @Min(1) @Nullable Integer maxPerCustomer,
            @Size(max = 100) @Nullable List<UUID> categoryIds,
            @Size(max = 4000) @Nullable String productIds,
            @Nullable Boolean firstOrderOnly,
            @Nullable Boolean active) {

        static CouponForm empty() {
            return new CouponForm(
                    "", null, "PERCENTAGE", null, null, null, null, null, null, null, null, null, false, true);
        }

        /** The form filled with a coupon as discount answers it (times in UTC, product ids one a line). */
        static CouponForm of(Map<String, Object> coupon) {
            return new CouponForm(
                    String.valueOf(coupon.get("code")),
                    coupon.get("description") instanceof String d ? d : null,
                    String.valueOf(coupon.get("kind")),
                    decimal(coupon.get("value")),
                    coupon.get("currency") instanceof String c ? c : null,
                    utc(coupon.get("validFrom")),
                    utc(coupon.get("validUntil")),
                    decimal(coupon.get("minimumAmount")),
                    coupon.get("maxRedemptions") instanceof Number n ? n.intValue() : null,
                    coupon.get("maxPerCustomer") instanceof Number n ? n.intValue() : null,
                    coupon.get("categoryIds") instanceof List<?> ids
                            ? ids.stream()
                                    .map(id -> UUID.fromString(String.valueOf(id)))
                                    .toList()
                            : List.of(),
                    coupon.get("productIds") instanceof List<?> ids
                            ? String.join(
                                    "\n", ids.stream().map(String::valueOf).toList())
                            : "",
                    Boolean.TRUE.equals(coupon.get("firstOrderOnly")),
                    Boolean.TRUE.equals(coupon.get("active")));
        }

        private static @Nullable BigDecimal decimal(@Nullable Object value) {
            return value == null ? null : new BigDecimal(value.toString());
        }

        private static @Nullable LocalDateTime utc(@Nullable Object instant) {
            return instant instanceof String s && !s.isBlank()
                    ? LocalDateTime.ofInstant(Instant.parse(s), ZoneOffset.UTC)
                    : null;
        }

        Map<String, Object> body() {
            var body = new LinkedHashMap<String, Object>();
            body.put("code", code.strip().toUpperCase(java.util.Locale.ROOT));
            body.put("description", description == null ? "" : description.strip());
            body.put("kind", kind);
            body.put("value", value);
            body.put("currency", BackOffice.blankToNull(currency));
            if (validFrom != null) {
                body.put("validFrom", validFrom.toInstant(ZoneOffset.UTC));
            }
            body.put("validUntil", validUntil == null ? null : validUntil.toInstant(ZoneOffset.UTC));
            body.put("minimumAmount", minimumAmount);
            body.put("maxRedemptions", maxRedemptions);
            body.put("maxPerCustomer", maxPerCustomer);
            body.put("categoryIds", categoryIds == null ? List.of() : categoryIds);
            body.put("productIds", productIdList());
            body.put("firstOrderOnly", Boolean.TRUE.equals(firstOrderOnly));
            body.put("active", Boolean.TRUE.equals(active));
            return body;
        }

        /** The product ids as written; one that is not an id goes to discount as it is, which names the field. */
        List<String> productIdList() {
            var ids = new ArrayList<String>();
            if (productIds != null) {
                for (var id : productIds.split("[\\s,]+")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
            return ids;
        }
    }
}
