package org.caseflow.journey.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every service shares this library, whatever framework it runs on, and the journeys' rules are
 * built on it: it stays plain Java.
 */
@AnalyzeClasses(packages = "org.caseflow.journey.events", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaTest {

    @ArchTest
    static final ArchRule noFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.camunda..", "java.sql..", "javax.sql..", "jakarta..");
}
