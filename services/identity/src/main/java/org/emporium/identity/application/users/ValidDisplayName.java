package org.emporium.identity.application.users;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.emporium.identity.domain.user.DisplayName;

/**
 * The value is a {@link DisplayName} (null passes: pair with {@code @NotNull}). The domain's own rule, checked on
 * the request so that a bad name is a 400 naming the field rather than a refusal deep in a handler.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidDisplayName.Check.class)
public @interface ValidDisplayName {
    String message() default "must be 1 to " + DisplayName.MAX_LENGTH + " characters without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the domain. */
    class Check implements ConstraintValidator<ValidDisplayName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || DisplayName.isValid(value);
        }
    }
}
