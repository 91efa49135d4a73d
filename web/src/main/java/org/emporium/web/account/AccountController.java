package org.emporium.web.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.emporium.web.forms.ServiceForm;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.security.WebSecurityConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's account, through identity's API: the display name ({@code PATCH /api/identity/me}) and the
 * password ({@code POST /api/identity/me/password}). identity judges both (a weak or wrong password is its refusal,
 * shown on the form). A changed password revokes all the user's refresh tokens at identity, this session's too, so
 * the session ends and the user signs in again with the new one.
 */
@Controller
@RequestMapping("/account")
class AccountController {
    private final Gateway gateway;

    AccountController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String account(Model model) {
        var me = me();
        model.addAttribute("me", me);
        model.addAttribute("name", new NameForm(me.get("displayName") instanceof String n ? n : ""));
        model.addAttribute("password", new PasswordForm("", "", ""));
        return "account";
    }

    @PostMapping("/name")
    String rename(
            @Valid @ModelAttribute("name") NameForm name,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var sent = ServiceForm.of(errors, model)
                .send(() -> gateway.user()
                        .patch()
                        .uri("/api/identity/me")
                        .body(Map.of("displayName", name.displayName().strip()))
                        .retrieve()
                        .toBodilessEntity());
        if (sent) {
            redirect.addFlashAttribute("notice", "Your name is changed (the header shows it from your next sign-in).");
            return "redirect:/account";
        }
        model.addAttribute("me", me());
        model.addAttribute("password", new PasswordForm("", "", ""));
        return "account";
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute("password") PasswordForm password,
            BindingResult errors,
            Model model,
            HttpServletRequest request)
            throws ServletException {
        if (!errors.hasFieldErrors("confirmation") && !password.newPassword().equals(password.confirmation())) {
            errors.rejectValue("confirmation", "mismatch", "The two new passwords differ.");
        }
        var sent = ServiceForm.of(errors, model)
                .codeOf("IDENTITY.WRONG_PASSWORD", "currentPassword")
                .send(() -> gateway.user()
                        .post()
                        .uri("/api/identity/me/password")
                        .body(Map.of(
                                "currentPassword", password.currentPassword(),
                                "newPassword", password.newPassword()))
                        .retrieve()
                        .toBodilessEntity());
        if (sent) {
            // identity revoked this session's refresh token with all the others: sign in again
            request.logout();
            request.getSession().invalidate();
            return "redirect:" + WebSecurityConfiguration.SIGN_IN;
        }
        var me = me();
        model.addAttribute("me", me);
        model.addAttribute("name", new NameForm(me.get("displayName") instanceof String n ? n : ""));
        return "account";
    }

    private Map<String, Object> me() {
        var me = gateway.user().get().uri("/api/identity/me").retrieve().body(Gateway.OBJECT);
        return me != null ? me : Map.of();
    }

    /** The display name, as identity limits it. */
    record NameForm(
            @NotBlank(message = "Enter your name.") @Size(max = 100, message = "At most 100 characters.")
            String displayName) {}

    /** A password change; the passwords are passed on once and kept nowhere (and never written back to the page). */
    record PasswordForm(
            @NotBlank(message = "Enter your current password.") @Size(max = 128, message = "At most 128 characters.")
            String currentPassword,

            @NotBlank(message = "Enter a new password.") @Size(min = 8, max = 128, message = "8 to 128 characters.")
            String newPassword,

            @NotBlank(message = "Enter the new password again.") @Size(max = 128, message = "At most 128 characters.")
            String confirmation) {

        @Override
        public String toString() {
            return "PasswordForm[(hidden)]";
        }
    }
}
