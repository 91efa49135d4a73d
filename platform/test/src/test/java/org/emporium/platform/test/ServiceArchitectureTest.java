package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ServiceArchitecture} against a sample service under {@code architecture/}: the clean sample
 * passes every rule, and each broken sample breaks exactly the one rule it is written for, with the offending class
 * named in the report.
 */
class ServiceArchitectureTest {
    private static final String SAMPLES = "org.emporium.platform.test.architecture.";

    @Test
    void acceptsAServiceWithTheOneShape() {
        assertThatCode(() -> ServiceArchitecture.check(SAMPLES + "clean", ImportOption.Predefined.ONLY_INCLUDE_TESTS))
                .doesNotThrowAnyException();
        assertThatCode(() -> HandlerCoverage.assertEveryRequestHasExactlyOneHandler(
                        SAMPLES + "clean", ImportOption.Predefined.ONLY_INCLUDE_TESTS))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceArchitecture.everyPackageIsNullMarked().check(classes("clean")))
                .doesNotThrowAnyException();
    }

    @Test
    void catchesAnApplicationThatReachesIntoTheInfrastructure() {
        assertOnlyBroken("layering", ServiceArchitecture::layersPointInwards, "layering.application.Pricing");
    }

    @Test
    void catchesSpringInTheDomain() {
        assertOnlyBroken(
                "springindomain",
                ServiceArchitecture::domainDependsOnlyOnCoreAndTheJdk,
                "springindomain.domain.Name",
                "org.springframework.util.StringUtils");
    }

    @Test
    void catchesSqlInTheApplication() {
        assertOnlyBroken(
                "sqlinapplication",
                ServiceArchitecture::applicationKnowsNoJdbcWebOrApi,
                "sqlinapplication.application.ThingQueries",
                "org.springframework.jdbc.core.simple.JdbcClient");
    }

    @Test
    void catchesApiTypesInTheApplicationInTheLayeringToo() {
        var servicePackage = SAMPLES + "apiinapplication";
        var classes = classes("apiinapplication");

        for (var rule : List.of(
                ServiceArchitecture.applicationKnowsNoJdbcWebOrApi(servicePackage),
                ServiceArchitecture.layersPointInwards(servicePackage))) {
            var result = rule.evaluate(classes);
            assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
            assertThat(report(result)).contains("apiinapplication.api.ThingResponse");
        }
    }

    @Test
    void catchesHandlersNotNamedForTheirRequestOrNested() {
        assertOnlyBroken(
                "misnamedhandler",
                ServiceArchitecture::handlersAreNamedForTheirRequest,
                "ThingRenaming implements Handler but its name does not end in Handler",
                "RemoveThingHandler handles org.emporium.platform.test.architecture.misnamedhandler.application"
                        + ".DeleteThing, so it is named DeleteThingHandler",
                "ThingHandlers$ArchiveThingHandler is nested in another class");
    }

    @Test
    void catchesAQueryThatDoesNotSayWhatItReads() {
        assertOnlyBroken(
                "misnamedquery",
                ServiceArchitecture::queriesAreNamedForWhatTheyRead,
                "misnamedquery.application.ThingDetails");
    }

    @Test
    void catchesControllersThatTouchARepositoryPortOrItsAdapter() {
        assertOnlyBroken(
                "controllerwithrepository",
                ServiceArchitecture::controllersNeverTouchRepositories,
                "PortController",
                "AdapterController");
    }

    @Test
    void catchesAServiceThatUsesAnotherServicesCode() {
        assertOnlyBroken(
                "otherservice",
                ServiceArchitecture::noDependencyOnOtherServices,
                "otherservice.application.Borrowing",
                "architecture.clean.domain.ThingId");
    }

    @Test
    void catchesPipelinrOutsideTheMediator() {
        assertOnlyBroken(
                "pipelinr",
                service -> ServiceArchitecture.onlyTheMediatorKnowsPipelinr(),
                "an.awesome.pipelinr.Command");
    }

    @Test
    void checkReportsTheViolationsOfEveryRuleAtOnce() {
        assertThatThrownBy(() -> ServiceArchitecture.check(
                        SAMPLES + "misnamedhandler", ImportOption.Predefined.ONLY_INCLUDE_TESTS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ThingRenaming")
                .hasMessageContaining("RemoveThingHandler")
                .hasMessageContaining("ArchiveThingHandler");
    }

    @Test
    void catchesPackagesThatAreNotNullMarked() {
        var rule = ServiceArchitecture.everyPackageIsNullMarked();
        var result = rule.evaluate(classes("nullmarking"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result))
                .contains("package org.emporium.platform.test.architecture.nullmarking.unmarked is not @NullMarked")
                .contains("package org.emporium.platform.test.architecture.nullmarking.bare is not @NullMarked")
                .doesNotContain("nullmarking.marked ");
    }

    @Test
    void tellsServicesApart() {
        assertThat(ServiceArchitecture.isOtherService("org.emporium.identity.api", "org.emporium.catalog"))
                .isTrue();
        assertThat(ServiceArchitecture.isOtherService("org.emporium.catalogue", "org.emporium.catalog"))
                .isTrue();
        assertThat(ServiceArchitecture.isOtherService("org.emporium.catalog.domain", "org.emporium.catalog"))
                .isFalse();
        assertThat(ServiceArchitecture.isOtherService("org.emporium.platform.web", "org.emporium.catalog"))
                .isFalse();
        assertThat(ServiceArchitecture.isOtherService("org.emporium.contracts.catalog", "org.emporium.catalog"))
                .isFalse();
        assertThat(ServiceArchitecture.isOtherService("org.emporium.infra.embedded", "org.emporium.catalog"))
                .isFalse();
        assertThat(ServiceArchitecture.isOtherService("java.util", "org.emporium.catalog"))
                .isFalse();
    }

    /** The sample breaks {@code expected} (its report names every fragment) and no other rule. */
    private static void assertOnlyBroken(
            String sample, Function<String, ArchRule> expected, String... fragmentsOfTheReport) {
        var servicePackage = SAMPLES + sample;
        var classes = classes(sample);
        var rule = expected.apply(servicePackage);

        var result = rule.evaluate(classes);
        assertThat(result.hasViolation())
                .as("%s breaks: %s", sample, rule.getDescription())
                .isTrue();
        assertThat(report(result)).contains(fragmentsOfTheReport);

        List<String> othersBroken = ServiceArchitecture.rules(servicePackage).stream()
                .filter(other -> !other.getDescription().equals(rule.getDescription()))
                .filter(other -> other.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
        assertThat(othersBroken)
                .as("rules %s breaks besides the one it is written for", sample)
                .isEmpty();
    }

    private static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }

    private static JavaClasses classes(String sample) {
        return ServiceArchitecture.importClasses(SAMPLES + sample, ImportOption.Predefined.ONLY_INCLUDE_TESTS);
    }
}
