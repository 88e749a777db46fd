package org.caseflow.returns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The returns are projections any service can make of the case record: plain Java, with no framework,
 * no database and no knowledge of the journeys, whose events reach them only through the record types.
 */
@AnalyzeClasses(packages = "org.caseflow.returns", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaTest {

    @ArchTest
    static final ArchRule noFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.camunda..", "java.sql..", "javax.sql..", "jakarta..",
                    "org.caseflow.journey..");

    @ArchTest
    static final ArchRule theInputKnowsNoReturn = noClasses().that().resideInAPackage("org.caseflow.returns.record..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caseflow.returns.cin..", "org.caseflow.returns.ssda903..",
                    "org.caseflow.returns.annexa..", "org.caseflow.returns.validation..");
}
