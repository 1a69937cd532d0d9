package com.legacytraining.advisor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Like {@link WebIntegrationTest}, but with a database of the test class's own: for tests that
 * publish or otherwise change seeded content, so no other test class ever sees their writes. The
 * context is closed after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "advisor.test.database=isolated")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@DirtiesContext
public @interface IsolatedWebIntegrationTest {
}
