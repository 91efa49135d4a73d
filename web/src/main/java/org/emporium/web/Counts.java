package org.emporium.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A count with its noun as the pages write it, for the templates ({@code ${@counts.of(total, 'product', 'products')}}):
 * "1 product", "0 products", "3 products" (English: only exactly one takes the singular). A missing count is 0.
 */
@Component("counts")
public class Counts {
    public String of(@Nullable Object count, String one, String many) {
        var number = count == null ? BigDecimal.ZERO : new BigDecimal(count.toString());
        return number.toPlainString() + " " + (number.compareTo(BigDecimal.ONE) == 0 ? one : many);
    }
}
