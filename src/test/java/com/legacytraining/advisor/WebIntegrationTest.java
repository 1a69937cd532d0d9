package com.legacytraining.advisor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application behind MockMvc, with its own in-memory database. Every test class that uses
 * this exact annotation shares one Spring context, which keeps the suite fast. Its clock can be
 * moved forward ({@link MutableClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface WebIntegrationTest {
}
