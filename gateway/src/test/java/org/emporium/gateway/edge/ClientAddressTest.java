package org.emporium.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    /** An ingress at 10.0.0.5 behind a CDN edge at 192.0.2.10: both trusted. */
    private static final Predicate<String> TRUSTED =
            Pattern.compile("10\\.0\\.0\\.5|192\\.0\\.2\\.10").asMatchPredicate();

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientWhateverItForwards() {
        var client = ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), TRUSTED);

        assertThat(client.address()).isEqualTo("203.0.113.7");
        assertThat(client.viaTrustedProxy()).isFalse();
        assertThat(client.forwardedFor()).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightmostAddressThatIsNotOne() {
        var client = ClientAddress.resolve("10.0.0.5", List.of("198.51.100.1", "203.0.113.7", "192.0.2.10"), TRUSTED);

        assertThat(client.address()).isEqualTo("203.0.113.7");
        assertThat(client.proxies()).containsExactly("192.0.2.10", "10.0.0.5");
        assertThat(client.forwardedFor())
                .as("198.51.100.1 was written by the client itself")
                .isEqualTo("203.0.113.7, 192.0.2.10, 10.0.0.5");
        assertThat(client.viaTrustedProxy()).isTrue();
    }

    @Test
    void trustEndsAtAnEntryThatIsNoAddress() {
        var client = ClientAddress.resolve("10.0.0.5", List.of("203.0.113.7", "unknown"), TRUSTED);

        assertThat(client.address()).isEqualTo("10.0.0.5");
        assertThat(client.forwardedFor()).isEqualTo("10.0.0.5");
        assertThat(client.viaTrustedProxy()).isTrue();
    }

    @Test
    void aChainOfTrustedProxiesOnlyEndsAtTheFarthestOne() {
        var client = ClientAddress.resolve("10.0.0.5", List.of("192.0.2.10"), TRUSTED);

        assertThat(client.address()).isEqualTo("192.0.2.10");
        assertThat(client.forwardedFor()).isEqualTo("192.0.2.10, 10.0.0.5");
    }

    @Test
    void readsAddressesWithPortsBracketsAndQuotes() {
        assertThat(ClientAddress.literal(" 203.0.113.7:5555 ")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.literal("[2001:db8::1]:443")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(ClientAddress.literal("\"[2001:db8::1]\"")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(ClientAddress.literal("2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(ClientAddress.literal("shop.example.com")).isNull();
        assertThat(ClientAddress.literal("")).isNull();
    }
}
