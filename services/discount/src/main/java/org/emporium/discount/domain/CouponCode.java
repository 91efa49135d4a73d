package org.emporium.discount.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A coupon's code: case-insensitive, kept in upper case, 3–32 of {@code A-Z 0-9 -}. */
public record CouponCode(String value) {
    public static final String PATTERN = "[A-Za-z0-9-]{3,32}";
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9-]{3,32}");

    public CouponCode {
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw DiscountErrors.invalidCode();
        }
    }

    public static CouponCode of(String value) {
        return new CouponCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
