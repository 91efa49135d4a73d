package org.emporium.web;

import java.util.List;
import java.util.Map;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** What every page's header needs: who is signed in and whether they may open the back office. */
@ControllerAdvice
public class Pages {
    @ModelAttribute("viewer")
    @Nullable
    Viewer viewer(@AuthenticationPrincipal @Nullable OidcUser user) {
        return viewerOf(user);
    }

    /**
     * A page an exception handler answers with: the {@code @ModelAttribute} methods do not run for those, so the
     * header's signed-in user is added here (else a signed-in user's 404, 403 or 503 page offered "Sign in").
     */
    public static ModelAndView errorPage(String view, HttpStatus status) {
        var page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        page.addObject(
                "viewer",
                viewerOf(
                        authentication != null && authentication.getPrincipal() instanceof OidcUser user
                                ? user
                                : null));
        return page;
    }

    private static @Nullable Viewer viewerOf(@Nullable OidcUser user) {
        if (user == null) {
            return null;
        }
        var name = user.getFullName() != null ? user.getFullName() : user.getEmail();
        var admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return new Viewer(user.getSubject(), name != null ? name : user.getSubject(), user.getEmail(), admin);
    }

    /**
     * A service's refusal no page handled itself: its 404 is this page's 404 and its 403 the 403 page; anything else
     * means the shop cannot answer just now (503), never a stack trace.
     */
    @ExceptionHandler(ServiceProblem.class)
    ModelAndView problem(ServiceProblem problem) {
        var status = switch (problem.status()) {
            case 404 -> HttpStatus.NOT_FOUND;
            case 403 -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return errorPage(status == HttpStatus.FORBIDDEN ? "denied" : "error", status);
    }

    /** The signed-in user as the pages show them. */
    public record Viewer(String id, String name, @Nullable String email, boolean admin) {}

    /** The services' list answers ({@code items, page, size, total, totalPages}); anything else is ignored. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(@Nullable Map<String, Object> page) {
        return page != null && page.get("items") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
