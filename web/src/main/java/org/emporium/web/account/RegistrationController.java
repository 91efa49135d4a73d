package org.emporium.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.emporium.web.security.WebSecurityConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Registration: the form posts here and this calls identity's {@code POST /api/identity/users} as a visitor. identity
 * judges the address and the password; its reason is shown on the form. Then the new customer signs in as anyone
 * does, at identity's sign-in page (the web app never sees a password after this request).
 */
@Controller
class RegistrationController {
    private final Gateway gateway;

    RegistrationController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("registration", new Registration("", "", ""));
        return "register";
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("registration") Registration registration, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return "register";
        }
        try {
            gateway.visitor()
                    .post()
                    .uri("/api/identity/users")
                    .body(Map.of(
                            "email", registration.email(),
                            "password", registration.password(),
                            "displayName", registration.displayName()))
                    .retrieve()
                    .toBodilessEntity();
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            model.addAttribute("problem", problem.getMessage());
            return "register";
        }
        return "redirect:" + WebSecurityConfiguration.SIGN_IN;
    }

    /** The registration form; the password is passed on once and kept nowhere. */
    record Registration(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 128) String password,
            @NotBlank @Size(max = 100) String displayName) {}
}
