package org.emporium.identity.application.clients;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client id: 3-64 lowercase letters, digits or {@code -}, and never anything that reads as a UUID (user ids are
 * UUIDs, and a service token's {@code sub} is its client id: the two must never be mistaken for each other). Null
 * passes: pair with {@code @NotBlank}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidClientId.Check.class)
public @interface ValidClientId {
    String message() default "3-64 lowercase letters, digits or '-', and not a UUID";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The shape, and no UUID in any spelling {@link UUID#fromString} accepts. */
    class Check implements ConstraintValidator<ValidClientId, String> {
        private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (SHAPE.matcher(value).matches() && !looksLikeUuid(value));
        }

        static boolean looksLikeUuid(String value) {
            try {
                UUID.fromString(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
