package org.emporium.bench.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import org.junit.jupiter.api.Test;

class ShopMixTest {
    @Test
    void drawsEachKindInProportionToItsWeight() {
        var counts = new EnumMap<ShopMix.Kind, Integer>(ShopMix.Kind.class);
        for (int draw = 0; draw < 33; draw++) {
            counts.merge(ShopMix.kindOf(draw), 1, Integer::sum);
        }

        assertThat(counts.get(ShopMix.Kind.SEARCH)).isEqualTo(10);
        assertThat(counts.get(ShopMix.Kind.PRODUCT)).isEqualTo(10);
        assertThat(counts.get(ShopMix.Kind.REVIEWS)).isEqualTo(3);
        assertThat(counts.get(ShopMix.Kind.ADD)).isEqualTo(2);
        assertThat(counts.get(ShopMix.Kind.BASKET)).isEqualTo(3);
        for (var once : new ShopMix.Kind[] {
            ShopMix.Kind.COUPON, ShopMix.Kind.CHECKOUT, ShopMix.Kind.PAY, ShopMix.Kind.ORDERS, ShopMix.Kind.SIGN_IN
        }) {
            assertThat(counts.get(once)).as(once.name()).isEqualTo(1);
        }
        assertThatThrownBy(() -> ShopMix.kindOf(33)).isInstanceOf(IllegalArgumentException.class);
    }
}
