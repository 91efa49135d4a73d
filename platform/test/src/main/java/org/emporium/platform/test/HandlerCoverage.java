package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Request;
import org.springframework.stereotype.Component;

/**
 * Checks that every command and query of a service has exactly one handler, and that every handler is a Spring
 * component (the mediator only knows handlers that are beans), so none fails only at run time.
 */
public final class HandlerCoverage {
    private HandlerCoverage() {}

    /** Checks the production classes of {@code servicePackage}. */
    public static void assertEveryRequestHasExactlyOneHandler(String servicePackage) {
        assertEveryRequestHasExactlyOneHandler(servicePackage, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    public static void assertEveryRequestHasExactlyOneHandler(String servicePackage, ImportOption importOption) {
        var classes = new ClassFileImporter().withImportOption(importOption).importPackages(servicePackage);
        var requests = new ArrayList<Class<?>>();
        var notBeans = new ArrayList<String>();
        Map<Class<?>, List<Class<?>>> handlersByRequest = new HashMap<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.isInterface()
                    || javaClass.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                continue;
            }
            var type = javaClass.reflect();
            if (Request.class.isAssignableFrom(type)) {
                requests.add(type);
            }
            if (Handler.class.isAssignableFrom(type)) {
                if (!javaClass.isMetaAnnotatedWith(Component.class) && !javaClass.isAnnotatedWith(Component.class)) {
                    notBeans.add(type.getName());
                }
                handledType(type)
                        .ifPresent(request -> handlersByRequest
                                .computeIfAbsent(request, k -> new ArrayList<>())
                                .add(type));
            }
        }
        assertThat(requests).as("commands and queries in %s", servicePackage).isNotEmpty();
        assertThat(notBeans)
                .as("handlers that are not Spring components (annotate them @Component)")
                .isEmpty();
        for (var request : requests) {
            assertThat(handlersByRequest.getOrDefault(request, List.of()))
                    .as("handlers of %s", request.getName())
                    .hasSize(1);
        }
    }

    private static Optional<Class<?>> handledType(Class<?> handler) {
        for (Class<?> c = handler; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p
                        && p.getRawType() == Handler.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> request) {
                    return Optional.of(request);
                }
            }
        }
        return Optional.empty();
    }
}
