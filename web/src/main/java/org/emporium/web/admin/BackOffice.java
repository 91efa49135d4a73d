package org.emporium.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every back-office form does with a service's answer: a refusal (4xx but 404 and 403) is shown with the
 * service's wording and the fields it named; a 404 is the page's 404, a 403 the 403 page and anything else the 503
 * page (both through {@code Pages}).
 */
final class BackOffice {
    private BackOffice() {}

    /** Runs a change and redirects back with its notice, or with the service's refusal. */
    static boolean attempt(RedirectAttributes redirect, String done, Runnable call) {
        try {
            call.run();
            redirect.addFlashAttribute("notice", done);
            return true;
        } catch (ServiceProblem problem) {
            rethrowUnlessRefusal(problem);
            redirect.addFlashAttribute("problem", problem.getMessage());
            redirect.addFlashAttribute("problemFields", fields(problem));
            return false;
        }
    }

    /** Shows a refusal on the page being rendered (a form shown again with what the admin typed). */
    static void show(Model model, ServiceProblem problem) {
        rethrowUnlessRefusal(problem);
        model.addAttribute("problem", problem.getMessage());
        model.addAttribute("problemFields", fields(problem));
    }

    /** Shows the form's own validation errors the way a service's are shown. */
    static void show(Model model, BindingResult errors) {
        model.addAttribute("problem", "Some fields are not valid.");
        model.addAttribute(
                "problemFields",
                errors.getFieldErrors().stream()
                        .map(e -> e.getField() + ": " + e.getDefaultMessage())
                        .toList());
    }

    static void rethrowUnlessRefusal(ServiceProblem problem) {
        if (problem.status() >= 500 || problem.status() == 404 || problem.status() == 403 || problem.status() == 401) {
            throw problem;
        }
    }

    /** The fields a problem names: the platform's {@code errors[]} and a domain refusal's {@code field}. */
    static List<String> fields(ServiceProblem problem) {
        var fields = new ArrayList<String>();
        if (problem.body().get("errors") instanceof List<?> errors) {
            for (var error : errors) {
                if (error instanceof Map<?, ?> e) {
                    fields.add(e.get("field") + ": " + e.get("message"));
                }
            }
        }
        if (problem.body().get("field") instanceof String field) {
            fields.add(field);
        }
        return fields;
    }

    /** The {@code If-Match} value for a version the page read ({@code "3"}). */
    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    /** The version an answer's {@code ETag} names (weak or strong), or -1 without one. */
    static long version(ResponseEntity<?> answer) {
        var etag = answer.getHeaders().getETag();
        if (etag == null) {
            return -1;
        }
        try {
            return Long.parseLong(etag.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A blank form value as absent. */
    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
