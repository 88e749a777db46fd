package org.caseflow.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.caseflow.testsupport.PostgresTestDatabaseInitializer;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole workflow service on a random port, on a real PostgreSQL database of its own, trusting a
 * stand-in identity provider's tokens, asking a stand-in casework service about known children,
 * with the local profile's demo directory, exporting metrics as in production. The job executor is off: tests fire timers themselves.
 *
 * <p>Keep every test on exactly this configuration: Spring then caches one context, and with it one
 * process engine under the default name that {@code /engine-rest} serves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "caseflow.demo-data.enabled=false"
})
@ActiveProfiles("local")
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = {PostgresTestDatabaseInitializer.class, TestIdentityInitializer.class,
        CaseworkStubInitializer.class})
public @interface WorkflowIntegrationTest {
}
