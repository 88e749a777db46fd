package org.caseflow.kpi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.caseflow.testsupport.FeedStubInitializer;
import org.caseflow.testsupport.PostgresTestDatabaseInitializer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole KPI service on a random port, on a real PostgreSQL database of its own, signing
 * people in with tokens from a stand-in identity provider, reading journey events
 * from a stand-in feed that the test publishes to (polling off: tests call catchUp), asking a stand-in case record
 * which children's records are open to a reader. The local profile
 * brings the demo directory, whose people the workforce measures count, as in the local run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("local")
@ContextConfiguration(initializers = {PostgresTestDatabaseInitializer.class, TestIdentityInitializer.class,
        FeedStubInitializer.class, CaseRecordStubInitializer.class})
public @interface KpiIntegrationTest {
}
