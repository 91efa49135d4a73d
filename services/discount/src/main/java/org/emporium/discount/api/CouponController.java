package org.emporium.discount.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.emporium.discount.application.CouponView;
import org.emporium.discount.application.CreateCoupon;
import org.emporium.discount.application.DeactivateCoupon;
import org.emporium.discount.application.DeleteCoupon;
import org.emporium.discount.application.GetCoupon;
import org.emporium.discount.application.ListCoupons;
import org.emporium.discount.application.ListRedemptions;
import org.emporium.discount.application.RedemptionView;
import org.emporium.discount.application.UpdateCoupon;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Coupons for admins: paged and filtered listing, changes guarded by {@code If-Match} (the ETag is the version). */
@RestController
@RequestMapping("/api/discount/coupons")
class CouponController {
    private final Mediator mediator;
    private final Clock clock;

    CouponController(Mediator mediator, Clock clock) {
        this.mediator = mediator;
        this.clock = clock;
    }

    @GetMapping
    PageView<CouponView> list(
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable Boolean expired,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return mediator.send(new ListCoupons(active, expired, code, page, size));
    }

    @GetMapping("/{id}")
    ResponseEntity<CouponView> get(@PathVariable UUID id) {
        var coupon = mediator.send(new GetCoupon(id));
        return ResponseEntity.ok().eTag(ETags.of(coupon.version())).body(coupon);
    }

    @PostMapping
    ResponseEntity<CouponView> create(@Valid @RequestBody CouponRequest request) {
        if (request.code() == null) {
            throw DiscountErrors.invalidCode();
        }
        var id = mediator.send(new CreateCoupon(request.code(), request.toInput(clock.instant())));
        var coupon = mediator.send(new GetCoupon(id.value()));
        return ResponseEntity.created(URI.create("/api/discount/coupons/" + id))
                .eTag(ETags.of(coupon.version()))
                .body(coupon);
    }

    @PutMapping("/{id}")
    ResponseEntity<CouponView> replace(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody CouponRequest request) {
        if (request.code() != null) {
            var current = mediator.send(new GetCoupon(id));
            if (!CouponCode.of(request.code()).value().equals(current.code())) {
                throw DiscountErrors.invalidCoupon("code", "cannot change; create a new coupon instead");
            }
        }
        mediator.send(new UpdateCoupon(new CouponId(id), ETags.version(ifMatch), request.toInput(clock.instant())));
        var coupon = mediator.send(new GetCoupon(id));
        return ResponseEntity.ok().eTag(ETags.of(coupon.version())).body(coupon);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        mediator.send(new DeleteCoupon(new CouponId(id), ETags.version(ifMatch)));
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<CouponView> deactivate(@PathVariable UUID id) {
        mediator.send(new DeactivateCoupon(new CouponId(id)));
        var coupon = mediator.send(new GetCoupon(id));
        return ResponseEntity.ok().eTag(ETags.of(coupon.version())).body(coupon);
    }

    @GetMapping("/{id}/redemptions")
    PageView<RedemptionView> redemptions(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return mediator.send(new ListRedemptions(id, page, size));
    }
}
