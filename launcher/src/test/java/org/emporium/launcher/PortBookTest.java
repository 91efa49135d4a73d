package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortBookTest {
    private static final IntPredicate ALL_FREE = p -> true;
    private final AtomicInteger nextFree = new AtomicInteger(40000);

    @Test
    void reusesTheRememberedPortWhileItIsFree() {
        assertThat(PortBook.choose(OptionalInt.of(31000), 9001, false, ALL_FREE, nextFree::getAndIncrement, Set.of()))
                .isEqualTo(31000);
    }

    @Test
    void keepsTheRememberedPortWhenOurOwnProcessHoldsIt() {
        assertThat(PortBook.choose(OptionalInt.of(31000), 9001, true, p -> false, nextFree::getAndIncrement, Set.of()))
                .isEqualTo(31000);
    }

    @Test
    void fallsBackToThePreferredPortWhenTheRememberedOneIsTaken() {
        assertThat(PortBook.choose(
                        OptionalInt.of(31000), 9001, false, p -> p != 31000, nextFree::getAndIncrement, Set.of()))
                .isEqualTo(9001);
    }

    @Test
    void takesAnyFreePortWhenThePreferredOneIsTakenByAnotherServer() {
        // 5432 is the machine's own PostgreSQL here
        assertThat(PortBook.choose(
                        OptionalInt.empty(), 5432, false, p -> p != 5432, nextFree::getAndIncrement, Set.of()))
                .isEqualTo(40000);
    }

    @Test
    void neverHandsOutAPortAlreadyGivenToAnotherEntry() {
        nextFree.set(40000);
        assertThat(PortBook.choose(
                        OptionalInt.of(9001), 9001, true, ALL_FREE, nextFree::getAndIncrement, Set.of(9001, 40000)))
                .isEqualTo(40001);
    }

    @Test
    void remembersChosenPortsAcrossLoads(@TempDir Path dir) {
        var file = dir.resolve("ports.properties");
        var first = new PortBook(file, p -> p != 9002, nextFree::getAndIncrement);
        assertThat(first.choose("identity", 9001, false)).isEqualTo(9001);
        assertThat(first.choose("catalog", 9002, false)).isEqualTo(40000);
        first.save();

        var second = new PortBook(file, ALL_FREE, nextFree::getAndIncrement);
        assertThat(second.remembered("catalog")).hasValue(40000);
        assertThat(second.choose("catalog", 9002, false)).isEqualTo(40000);
        assertThat(second.choose("identity", 9001, false)).isEqualTo(9001);
    }

    @Test
    void aPortSomethingListensOnIsNotFreeAndItIsFreeAgainOnceClosed() throws Exception {
        int port;
        try (var server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            assertThat(PortBook.isFree(port)).isFalse();
        }
        assertThat(PortBook.isFree(port)).isTrue();
    }
}
