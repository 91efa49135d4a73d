package org.emporium.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one shape of a service (ADR 0003, docs/architecture.md) as ArchUnit rules, which every service's
 * {@code ArchitectureTest} runs through {@link #check(String)}:
 *
 * <ul>
 *   <li>{@link #layersPointInwards}: api/infrastructure → application → domain, nobody depends on api;
 *   <li>{@link #domainDependsOnlyOnCoreAndTheJdk}: the domain is plain Java plus {@code org.emporium.platform.core};
 *   <li>{@link #applicationKnowsNoJdbcWebOrApi}: no SQL, no HTTP types, no api DTOs in {@code application};
 *   <li>{@link #handlersAreNamedForTheirRequest}: {@code PlaceOrder} is handled by a top-level
 *       {@code PlaceOrderHandler} (one use case per file; {@link HandlerCoverage} checks there is exactly one);
 *   <li>{@link #queriesAreNamedForWhatTheyRead}: queries start with {@code Get}/{@code Find}/{@code Search}/{@code
 *       List};
 *   <li>{@link #controllersNeverTouchRepositories}: controllers go through the mediator, never to persistence;
 *   <li>{@link #noDependencyOnOtherServices}: services talk over HTTP and events;
 *   <li>{@link #onlyTheMediatorKnowsPipelinr}: the mediator library stays behind platform's facade.
 * </ul>
 *
 * {@link #everyPackageIsNullMarked()} (ADR 0004) is available but not part of {@link #rules(String)} yet.
 */
public final class ServiceArchitecture {
    static final String MEDIATOR = "org.emporium.platform.mediator";
    static final String HANDLER = MEDIATOR + ".Handler";
    static final String QUERY = MEDIATOR + ".Query";
    static final String CONTROLLER = "org.springframework.stereotype.Controller";
    static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";
    private static final Set<String> SHARED = Set.of("platform", "contracts", "infra");
    private static final Pattern QUERY_NAME = Pattern.compile(".*[.$](Get|Find|Search|List)\\p{Lu}[^.$]*");

    private ServiceArchitecture() {}

    /** Imports the production classes of {@code servicePackage} and checks every rule, reporting all violations. */
    public static void check(String servicePackage) {
        check(servicePackage, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    public static void check(String servicePackage, ImportOption importOption) {
        JavaClasses classes = importClasses(servicePackage, importOption);
        var broken = new StringBuilder();
        for (ArchRule rule : rules(servicePackage)) {
            var result = rule.evaluate(classes);
            if (result.hasViolation()) {
                var details = result.getFailureReport().getDetails();
                broken.append("\n\nRule '")
                        .append(rule.getDescription())
                        .append("' was violated (")
                        .append(details.size())
                        .append(" times):\n")
                        .append(String.join("\n", details));
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("Architecture of " + servicePackage + " broken:" + broken);
        }
    }

    /** Checks that every package of {@code rootPackage}'s production classes is {@code @NullMarked} (ADR 0004). */
    public static void checkNullMarked(String rootPackage) {
        everyPackageIsNullMarked().check(importClasses(rootPackage, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS));
    }

    public static JavaClasses importClasses(String rootPackage, ImportOption importOption) {
        return new ClassFileImporter().withImportOption(importOption).importPackages(rootPackage);
    }

    public static List<ArchRule> rules(String servicePackage) {
        return List.of(
                layersPointInwards(servicePackage),
                domainDependsOnlyOnCoreAndTheJdk(servicePackage),
                applicationKnowsNoJdbcWebOrApi(servicePackage),
                handlersAreNamedForTheirRequest(servicePackage),
                queriesAreNamedForWhatTheyRead(servicePackage),
                controllersNeverTouchRepositories(servicePackage),
                noDependencyOnOtherServices(servicePackage),
                onlyTheMediatorKnowsPipelinr());
    }

    public static ArchRule layersPointInwards(String servicePackage) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage(servicePackage + "..")
                .withOptionalLayers(true)
                .layer("domain")
                .definedBy(servicePackage + ".domain..")
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
                .as("layers point inwards: api and infrastructure -> application -> domain, nothing depends on api");
    }

    public static ArchRule domainDependsOnlyOnCoreAndTheJdk(String servicePackage) {
        return classes()
                .that()
                .resideInAPackage(servicePackage + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        servicePackage + ".domain..",
                        "org.emporium.platform.core..",
                        "java..",
                        "javax.crypto..",
                        "org.jspecify.annotations..")
                .allowEmptyShould(true)
                .because("the domain is plain Java: the JDK, org.emporium.platform.core and itself");
    }

    public static ArchRule applicationKnowsNoJdbcWebOrApi(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.jdbc..", "org.emporium.platform.web..", servicePackage + ".api..")
                .allowEmptyShould(true)
                .because("SQL lives in infrastructure/persistence behind a port, HTTP in api (ADR 0003 §5, §7)");
    }

    public static ArchRule handlersAreNamedForTheirRequest(String servicePackage) {
        return classes()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .areAssignableTo(HANDLER)
                .and()
                .areNotInterfaces()
                .should(beNamedForTheirRequest())
                .allowEmptyShould(true)
                .because("one use case per file: PlaceOrder is handled by PlaceOrderHandler (ADR 0003 §6)");
    }

    public static ArchRule queriesAreNamedForWhatTheyRead(String servicePackage) {
        return classes()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .areAssignableTo(QUERY)
                .and()
                .areNotInterfaces()
                .should()
                .haveNameMatching(QUERY_NAME.pattern())
                .allowEmptyShould(true)
                .because("a query says what it reads: Get, Find, Search or List (CONVENTIONS.md, Names)");
    }

    public static ArchRule controllersNeverTouchRepositories(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .areMetaAnnotatedWith(CONTROLLER)
                .should()
                .dependOnClassesThat(persistence())
                .allowEmptyShould(true)
                .because("controllers send commands and queries through the mediator; handlers own the repositories");
    }

    public static ArchRule noDependencyOnOtherServices(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "belong to another service",
                        (JavaClass c) -> isOtherService(c.getPackageName(), servicePackage)))
                .allowEmptyShould(true)
                .because("services talk over HTTP and events, never through each other's code");
    }

    public static ArchRule onlyTheMediatorKnowsPipelinr() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(MEDIATOR + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("an.awesome.pipelinr..")
                .allowEmptyShould(true)
                .because("services use platform's mediator facade, so a change of library touches one module (ADR 0003"
                        + " §1)");
    }

    /** Every package holding classes has a {@code package-info.java} annotated {@code @NullMarked} (ADR 0004). */
    public static ArchRule everyPackageIsNullMarked() {
        return all(packages())
                .should(new ArchCondition<>("be annotated @NullMarked in its package-info.java") {
                    @Override
                    public void check(JavaPackage javaPackage, ConditionEvents events) {
                        boolean marked = javaPackage.isAnnotatedWith(NULL_MARKED);
                        events.add(new SimpleConditionEvent(
                                javaPackage,
                                marked,
                                "package " + javaPackage.getName()
                                        + (marked ? " is @NullMarked" : " is not @NullMarked (package-info.java)")));
                    }
                })
                .allowEmptyShould(true)
                .because("unannotated types are non-null unless @Nullable says otherwise (ADR 0004)");
    }

    private static AbstractClassesTransformer<JavaPackage> packages() {
        return new AbstractClassesTransformer<>("packages") {
            @Override
            public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                var byName = new TreeMap<String, JavaPackage>();
                for (JavaClass c : classes) {
                    byName.putIfAbsent(c.getPackageName(), c.getPackage());
                }
                return byName.values();
            }
        };
    }

    /**
     * Types of persistence: classes in an {@code infrastructure.persistence} package, the ports they implement (the
     * domain's repositories, the application's read models) and Spring JDBC.
     */
    private static DescribedPredicate<JavaClass> persistence() {
        return DescribedPredicate.describe(
                "are persistence (infrastructure.persistence, the ports it implements, Spring JDBC)",
                target -> isPersistence(target)
                        || target.getPackageName().startsWith("org.springframework.jdbc")
                        || (target.isInterface()
                                && target.getAllSubclasses().stream().anyMatch(ServiceArchitecture::isPersistence)));
    }

    private static boolean isPersistence(JavaClass c) {
        return c.getPackageName().contains(".infrastructure.persistence");
    }

    private static ArchCondition<JavaClass> beNamedForTheirRequest() {
        return new ArchCondition<>("be top-level classes named <Request>Handler") {
            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                if (!handler.getSimpleName().endsWith("Handler")) {
                    events.add(SimpleConditionEvent.violated(
                            handler, handler.getName() + " implements Handler but its name does not end in Handler"));
                    return;
                }
                if (!handler.isTopLevelClass()) {
                    events.add(SimpleConditionEvent.violated(
                            handler,
                            handler.getName() + " is nested in another class; a handler has a file of its own"));
                    return;
                }
                if (handler.getModifiers().contains(JavaModifier.ABSTRACT)) {
                    return;
                }
                handledRequest(handler)
                        .filter(request -> !handler.getSimpleName().equals(request.getSimpleName() + "Handler"))
                        .ifPresent(request -> events.add(SimpleConditionEvent.violated(
                                handler,
                                handler.getName() + " handles " + request.getName() + ", so it is named "
                                        + request.getSimpleName() + "Handler")));
            }
        };
    }

    private static Optional<JavaClass> handledRequest(JavaClass handler) {
        for (Optional<JavaClass> c = Optional.of(handler);
                c.isPresent();
                c = c.get().getRawSuperclass()) {
            for (JavaType type : c.get().getInterfaces()) {
                if (type instanceof JavaParameterizedType p
                        && p.toErasure().getName().equals(HANDLER)
                        && !p.getActualTypeArguments().isEmpty()
                        && p.getActualTypeArguments().getFirst() instanceof JavaClass request) {
                    return Optional.of(request);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Services are siblings: for {@code org.emporium.catalog} every other {@code org.emporium.<name>} is another
     * service, except the shared {@code platform}, {@code contracts} and {@code infra} (embedded infrastructure).
     */
    static boolean isOtherService(String packageName, String servicePackage) {
        int dot = servicePackage.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        var siblings = servicePackage.substring(0, dot + 1);
        if (!packageName.startsWith(siblings)
                || packageName.equals(servicePackage)
                || packageName.startsWith(servicePackage + ".")) {
            return false;
        }
        var sibling = packageName.substring(siblings.length()).split("\\.", 2)[0];
        return !SHARED.contains(sibling);
    }
}
