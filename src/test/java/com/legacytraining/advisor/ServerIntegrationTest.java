package com.legacytraining.advisor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application in a real Tomcat on a random port ({@code @LocalServerPort}), with every filter
 * as in production: for tests that speak HTTP to it, such as the browser tests. Every test class that
 * uses this exact annotation, and adds no configuration of its own, shares one application context, and
 * one in-memory database that stays open as long as it does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // In memory, so tests never touch ./data; kept open for the whole shared context.
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1" })
public @interface ServerIntegrationTest {
}
