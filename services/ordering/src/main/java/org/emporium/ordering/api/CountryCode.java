package org.emporium.ordering.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.emporium.ordering.domain.ShippingAddress;
import org.jspecify.annotations.Nullable;

/**
 * The value is an ISO 3166-1 alpha-2 country code that exists ({@code DE}, not {@code XX}); null passes (pair with
 * {@code @NotNull}). Checked on the request so an unknown country is a 400 naming the field.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCode.Check.class)
@interface CountryCode {
    String message() default "must be an ISO 3166-1 alpha-2 country code, e.g. DE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to {@link ShippingAddress#isCountryCode(String)}. */
    class Check implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || ShippingAddress.isCountryCode(value);
        }
    }
}
