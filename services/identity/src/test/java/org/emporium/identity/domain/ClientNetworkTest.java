package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.identity.domain.signin.ClientNetwork;
import org.junit.jupiter.api.Test;

class ClientNetworkTest {
    @Test
    void anIpv4AddressCountsWhole() {
        assertThat(ClientNetwork.of("203.0.113.7").value()).isEqualTo("203.0.113.7");
        assertThat(ClientNetwork.of("203.0.113.8")).isNotEqualTo(ClientNetwork.of("203.0.113.7"));
    }

    @Test
    void everyAddressOfAnIpv6Slash64CountsAsOne() {
        var one = ClientNetwork.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        var other = ClientNetwork.of("2001:0db8:0001:0002:0:0:0:1");

        assertThat(one).isEqualTo(other);
        assertThat(one.value()).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(ClientNetwork.of("[2001:db8:1:2::9%eth0]")).isEqualTo(one);
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsItsIpv4Address() {
        assertThat(ClientNetwork.of("::ffff:203.0.113.7")).isEqualTo(ClientNetwork.of("203.0.113.7"));
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsTypedAndNeverLookedUp() {
        assertThat(ClientNetwork.of("dead.beef.example").value()).isEqualTo("dead.beef.example");
        assertThat(ClientNetwork.of(null).value()).isEqualTo("unknown");
    }
}
