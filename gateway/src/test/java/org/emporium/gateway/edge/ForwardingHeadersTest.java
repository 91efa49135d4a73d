package org.emporium.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardingHeadersTest {

    @Test
    void takesThePortFromTheHostOrElseFromTheScheme() {
        assertThat(ForwardingHeaders.portOf("shop.example.com:8080", "http")).isEqualTo("8080");
        assertThat(ForwardingHeaders.portOf("[2001:db8::1]:8443", "https")).isEqualTo("8443");
        assertThat(ForwardingHeaders.portOf("[2001:db8::1]", "https")).isEqualTo("443");
        assertThat(ForwardingHeaders.portOf("shop.example.com", "https")).isEqualTo("443");
        assertThat(ForwardingHeaders.portOf("shop.example.com", "http")).isEqualTo("80");
    }
}
