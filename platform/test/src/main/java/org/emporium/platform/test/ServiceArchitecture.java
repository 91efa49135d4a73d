package org.emporium.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering every service follows (see docs/architecture.md): {@code domain} depends on nothing but the JDK and
 * {@code org.emporium.platform.core}; {@code application} on the domain; {@code api} and {@code infrastructure} on
 * both; nobody on {@code api}; no service on another service.
 */
public final class ServiceArchitecture {
    private ServiceArchitecture() {}

    /** Imports the production classes of {@code servicePackage} and checks every rule. */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        rules(servicePackage).forEach(rule -> rule.check(classes));
    }

    public static List<ArchRule> rules(String servicePackage) {
        var domain = servicePackage + ".domain..";
        return List.of(
                layeredArchitecture()
                        .consideringOnlyDependenciesInAnyPackage(servicePackage + "..")
                        .layer("domain")
                        .definedBy(domain)
                        .layer("application")
                        .definedBy(servicePackage + ".application..")
                        .layer("infrastructure")
                        .definedBy(servicePackage + ".infrastructure..")
                        .layer("api")
                        .definedBy(servicePackage + ".api..")
                        .whereLayer("api")
                        .mayNotBeAccessedByAnyLayer()
                        .whereLayer("infrastructure")
                        .mayOnlyBeAccessedByLayers("api")
                        .whereLayer("application")
                        .mayOnlyBeAccessedByLayers("api", "infrastructure")
                        .whereLayer("domain")
                        .mayOnlyBeAccessedByLayers("application", "infrastructure", "api")
                        .because("dependencies point inwards: api/infrastructure -> application -> domain"),
                noClasses()
                        .that()
                        .resideInAPackage(domain)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.springframework..",
                                "jakarta.persistence..",
                                "org.hibernate..",
                                "tools.jackson..",
                                "com.fasterxml.jackson.databind..",
                                "org.emporium.platform.web..",
                                "org.emporium.platform.messaging..",
                                "org.emporium.platform.security..")
                        .because("the domain is plain Java"),
                noClasses()
                        .that()
                        .resideInAPackage(servicePackage + "..")
                        .should()
                        .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                                "belong to another service",
                                (com.tngtech.archunit.core.domain.JavaClass c) ->
                                        isOtherService(c.getPackageName(), servicePackage)))
                        .because("services talk over HTTP and events, never through each other's code"));
    }

    private static boolean isOtherService(String packageName, String servicePackage) {
        if (!packageName.startsWith("org.emporium.") || packageName.startsWith(servicePackage)) {
            return false;
        }
        return !packageName.startsWith("org.emporium.platform") && !packageName.startsWith("org.emporium.contracts");
    }
}
