package org.emporium.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aPortIsFreeUntilSomethingListensOnIt() throws Exception {
        int port = FreePorts.find();
        assertThat(FreePorts.isFree(port)).isTrue();
        try (var server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(FreePorts.isFree(port)).isFalse();
            assertThat(FreePorts.preferOrFind(port)).isNotEqualTo(port);
        }
        assertThat(FreePorts.preferOrFind(port)).isEqualTo(port);
    }

    @Test
    void aServerOnTheWildcardAddressMakesThePortTakenToo() throws Exception {
        try (var server = new ServerSocket(0)) {
            assertThat(FreePorts.isFree(server.getLocalPort())).isFalse();
        }
    }
}
