package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceRegistryTest {

    /** services.tsv says why: nothing a service does before it is ready needs another service. */
    @Test
    void noServiceWaitsForAnotherToStart() {
        assertThat(ServiceRegistry.SERVICES)
                .allSatisfy(s -> assertThat(s.dependsOn()).as(s.name()).isEmpty());
        assertThat(names(ServiceRegistry.startWaves(ServiceRegistry.SERVICES)))
                .containsExactly(List.of(
                        "identity",
                        "catalog",
                        "basket",
                        "discount",
                        "ordering",
                        "comment",
                        "message",
                        "statistics",
                        "web",
                        "gateway"));
    }

    @Test
    void ordersByDependenciesAndIgnoresThoseThatAreNotBuilt() {
        var a = service("a", List.of());
        var b = service("b", List.of("a"));
        var c = service("c", List.of("b", "missing"));

        assertThat(names(ServiceRegistry.startWaves(List.of(c, b, a))))
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(names(ServiceRegistry.startWaves(List.of(c, a)))).containsExactly(List.of("c", "a"));
    }

    @Test
    void formatsTheTableAsItIsRead() {
        assertThat(ServiceRegistry.parse(ServiceRegistry.format(ServiceRegistry.SERVICES)))
                .isEqualTo(ServiceRegistry.SERVICES);
        var custom = List.of(
                new ServiceDefinition("one", 1, "m/one", true, true, true, List.of(), Map.of("A", "1", "B", "2")),
                service("two", List.of("one")));
        assertThat(ServiceRegistry.parse(ServiceRegistry.format(custom))).isEqualTo(custom);
    }

    @Test
    void anEmptySetHasNoWaves() {
        assertThat(ServiceRegistry.startWaves(List.of())).isEmpty();
    }

    @Test
    void rejectsADependencyCycle() {
        var a = service("a", List.of("b"));
        var b = service("b", List.of("a"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceRegistry.startWaves(List.of(a, b)))
                .withMessageContaining("cycle");
    }

    @Test
    void namesPortsAndModulesAreUnique() {
        var services = ServiceRegistry.SERVICES;
        assertThat(services.stream().map(ServiceDefinition::name).distinct()).hasSameSizeAs(services);
        assertThat(services.stream().map(ServiceDefinition::preferredPort).distinct())
                .hasSameSizeAs(services);
        assertThat(services.stream().map(ServiceDefinition::module).distinct()).hasSameSizeAs(services);
    }

    @Test
    void everyServiceButBasketAndTheGatewayHasADatabase() {
        var withDatabase = ServiceRegistry.SERVICES.stream()
                .collect(Collectors.toMap(ServiceDefinition::name, ServiceDefinition::needsDatabase));

        assertThat(withDatabase)
                .containsEntry("identity", true)
                .containsEntry("catalog", true)
                .containsEntry("basket", false)
                .containsEntry("gateway", false)
                .containsEntry("statistics", true);
    }

    /**
     * The accounts the launcher prints are the ones the README promises (that identity seeds the same ones is proven
     * end to end: the e2e journeys sign in with {@link ServiceRegistry#DEMO_ACCOUNTS}).
     */
    @Test
    void printsTheDemoAccountsTheReadmePromises() throws java.io.IOException {
        var readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));

        assertThat(ServiceRegistry.DEMO_ACCOUNTS)
                .hasSize(2)
                .allSatisfy(account ->
                        assertThat(readme).contains("`" + account.username() + "` / `" + account.password() + "`"));
    }

    @Test
    void readsOneLinePerServiceWithAStarForEveryOtherService() {
        var services = ServiceRegistry.parse("""
                # comment
                one   9101 services/one db,amqp -   A=1,B={dataDir}/x
                edge  9100 edge        redis   *   -
                """);

        assertThat(services)
                .containsExactly(
                        new ServiceDefinition(
                                "one",
                                9101,
                                "services/one",
                                true,
                                false,
                                true,
                                List.of(),
                                Map.of("A", "1", "B", "{dataDir}/x")),
                        new ServiceDefinition("edge", 9100, "edge", false, true, false, List.of("one"), Map.of()));
    }

    @Test
    void namesTheWrongLineOfTheTable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceRegistry.parse("one 9101 services/one db\n"))
                .withMessageContaining("line 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceRegistry.parse("one 9101 services/one disk - -\n"))
                .withMessageContaining("unknown need disk");
    }

    private static ServiceDefinition service(String name, List<String> dependsOn) {
        return new ServiceDefinition(name, 1, name, false, false, false, dependsOn, Map.of());
    }

    private static List<List<String>> names(List<List<ServiceDefinition>> waves) {
        return waves.stream()
                .map(w -> w.stream().map(ServiceDefinition::name).toList())
                .toList();
    }
}
