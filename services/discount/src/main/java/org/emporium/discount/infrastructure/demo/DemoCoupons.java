package org.emporium.discount.infrastructure.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.emporium.discount.application.CouponInput;
import org.emporium.discount.application.CreateCoupon;
import org.emporium.discount.domain.CouponKind;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo coupons of the dev profile ({@code emporium.discount.demo-data.enabled}), created once: a code that
 * exists already is left as it is, so restarts change nothing. {@code HEADPHONES15} is restricted to the demo
 * catalog's headphones category (its id is fixed below, as in catalog's demo data when it has one).
 */
@Component
@ConditionalOnBooleanProperty("emporium.discount.demo-data.enabled")
class DemoCoupons implements ApplicationRunner {
    static final UUID HEADPHONES_CATEGORY = UUID.fromString("00000000-0000-4000-8000-00000000c0de");
    private static final Logger log = LoggerFactory.getLogger(DemoCoupons.class);
    private static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");
    private final Mediator mediator;

    DemoCoupons(Mediator mediator) {
        this.mediator = mediator;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(
                "WELCOME10",
                input("10 % off your first order", CouponKind.PERCENTAGE, "10", null, null, null, true, Set.of()));
        create(
                "SAVE5",
                input(
                        "EUR 5 off orders over EUR 50",
                        CouponKind.FIXED_AMOUNT,
                        "5",
                        "EUR",
                        "50",
                        null,
                        false,
                        Set.of()));
        create(
                "HEADPHONES15",
                input(
                        "15 % off headphones",
                        CouponKind.PERCENTAGE, "15", null, null, null, false, Set.of(HEADPHONES_CATEGORY)));
        create(
                "EXPIRED2025",
                input(
                        "Last year's sale",
                        CouponKind.PERCENTAGE,
                        "20",
                        null,
                        null,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        false,
                        Set.of()));
    }

    private void create(String code, CouponInput input) {
        try {
            mediator.send(new CreateCoupon(code, input));
            log.info("Demo coupon {} created", code);
        } catch (DomainException taken) {
            log.debug("Demo coupon {} exists already: {}", code, taken.getMessage());
        }
    }

    private static CouponInput input(
            String description,
            CouponKind kind,
            String value,
            String currency,
            String minimum,
            Instant until,
            boolean firstOrderOnly,
            Set<UUID> categories) {
        return new CouponInput(
                description,
                kind,
                new BigDecimal(value),
                currency,
                LONG_AGO,
                until,
                minimum == null ? null : new BigDecimal(minimum),
                null,
                null,
                categories,
                Set.of(),
                firstOrderOnly,
                true);
    }
}
