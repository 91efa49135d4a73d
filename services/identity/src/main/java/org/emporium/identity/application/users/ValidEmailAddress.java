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
import org.emporium.identity.domain.user.EmailAddress;

/**
 * The value is an {@link EmailAddress} (null passes: pair with {@code @NotNull}). The domain's own rule, checked on
 * the request so that a bad address is a 400 naming the field rather than a refusal deep in a handler.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmailAddress.Check.class)
public @interface ValidEmailAddress {
    String message() default "must be an email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the domain. */
    class Check implements ConstraintValidator<ValidEmailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || EmailAddress.isValid(value);
        }
    }
}
