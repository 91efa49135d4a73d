package org.emporium.platform.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.emporium.platform.core.Money;
import org.jspecify.annotations.Nullable;

/**
 * The value is an ISO 4217 currency code that exists ({@code EUR}, not {@code XYZ}); null passes (pair with
 * {@code @NotNull}). Checked on the request so an unknown currency is a 400 naming the field, not a failure when
 * {@link Money} is built.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrencyCode.Check.class)
public @interface CurrencyCode {
    String message() default "must be an ISO 4217 currency code, e.g. EUR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to {@link Money#isCurrencyCode(String)}. */
    class Check implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || Money.isCurrencyCode(value);
        }
    }
}
