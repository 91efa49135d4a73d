package org.emporium.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test context at real servers from {@link TestInfrastructure}: a fresh PostgreSQL database of
 * its own, the AMQP broker (with a messaging namespace of its own, so contexts never consume each other's
 * messages) and Redis.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
    boolean postgres() default true;

    boolean amqp() default true;

    boolean redis() default false;
}
