package com.legacytraining.advisor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an ERROR that a test provokes on purpose, so {@link ErrorLogCheck} lets it pass. On a
 * test method, the method must log it; on a test class, some part of the class must (its set-up,
 * one of its tests, or the closing of its Spring context). Any other ERROR fails the test.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProvokesErrorLog.All.class)
public @interface ProvokesErrorLog {

    /** The logger's name, or the start of it ("org.apache.catalina" covers every Tomcat logger). */
    String logger();

    /** Part of the logged message, or of the message of the exception logged with it. */
    String containing();

    /** Why the test provokes it: what a reader of the test needs to know. */
    String why();

    /** Several declarations on one test or class. */
    @Target({ ElementType.METHOD, ElementType.TYPE })
    @Retention(RetentionPolicy.RUNTIME)
    @interface All {

        ProvokesErrorLog[] value();
    }
}
