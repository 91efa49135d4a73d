package org.emporium.web.forms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.emporium.web.gateway.ServiceProblem;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A form posted to a service, shown again when it is refused. The form's own validation comes first: with errors
 * nothing is sent. A service's refusal (a 4xx other than 401, 403 and 404) is then shown on the form: its wording as
 * the page's {@code problem}, and each field its {@code errors[]} name next to the form's field of that name (or of
 * the name given with {@link #naming}) unless the form's own validation already flagged that field; names the form
 * does not have stay in the wording only. Anything else (a 404, 401, 403, a 5xx) leaves as it came, for
 * {@code Pages} to answer with the 404, 403 or 503 page.
 *
 * <pre>{@code
 * if (ServiceForm.of(errors, model).send(() -> gateway.user().post()...toBodilessEntity())) {
 *     return "redirect:...";
 * }
 * return "the-form-page";
 * }</pre>
 */
public final class ServiceForm {
    private final BindingResult errors;
    private final Model model;
    private final Map<String, String> formFields = new HashMap<>();
    private final Map<String, String> codeFields = new HashMap<>();
    private final Set<Integer> alsoShown = new HashSet<>();

    private ServiceForm(BindingResult errors, Model model) {
        this.errors = errors;
        this.model = model;
    }

    /** The form bound to {@code errors} (its target the form record), shown again with {@code model}. */
    public static ServiceForm of(BindingResult errors, Model model) {
        return new ServiceForm(errors, model);
    }

    /** The service names the form's {@code formField} {@code serviceField} in its errors. */
    public ServiceForm naming(String serviceField, String formField) {
        formFields.put(serviceField, formField);
        return this;
    }

    /** A refusal with this {@code code} and no field errors is about {@code formField}: its wording goes there too. */
    public ServiceForm codeOf(String code, String formField) {
        codeFields.put(code, formField);
        return this;
    }

    /** A status this form shows as a refusal although it is not a 4xx (ordering's 503 for a provider that is down). */
    public ServiceForm showing(int status) {
        alsoShown.add(status);
        return this;
    }

    /**
     * Sends the form with {@code call} if its own validation passed.
     *
     * @return true when the service took it; false when the form is to be shown again, with its own errors or with
     *     the service's refusal
     * @throws ServiceProblem an answer that is not a refusal of the form
     */
    public boolean send(Runnable call) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            call.run();
            return true;
        } catch (ServiceProblem problem) {
            show(problem);
            return false;
        }
    }

    private void show(ServiceProblem problem) {
        var status = problem.status();
        var refusal = status >= 400 && status < 500 && status != 401 && status != 403 && status != 404;
        if (!refusal && !alsoShown.contains(status)) {
            throw problem;
        }
        model.addAttribute("problem", problem.getMessage());
        var fields = problem.fieldErrors();
        fields.forEach((serviceField, message) -> reject(formFields.getOrDefault(serviceField, serviceField), message));
        if (fields.isEmpty() && problem.code() != null && codeFields.get(problem.code()) instanceof String field) {
            reject(field, problem.getMessage());
        }
    }

    private void reject(String field, String message) {
        if (hasField(field) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "service", message);
        }
    }

    private boolean hasField(String field) {
        var target = errors.getTarget();
        if (target == null) {
            return false;
        }
        if (target.getClass().isRecord()) {
            return Arrays.stream(target.getClass().getRecordComponents())
                    .anyMatch(component -> component.getName().equals(field));
        }
        return PropertyAccessorFactory.forBeanPropertyAccess(target).isReadableProperty(field);
    }
}
