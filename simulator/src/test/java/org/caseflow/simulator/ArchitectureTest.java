package org.caseflow.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The simulation is neutral about how its steps enter Caseflow: it knows no database, framework or way in. */
class ArchitectureTest {

    private final JavaClasses simulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseflow.simulator");

    @Test
    void theSimulationKnowsNothingOfTheWaysIn() {
        noClasses().that().resideInAPackage("org.caseflow.simulator").and().haveSimpleNameNotEndingWith("Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.caseflow.simulator.facts..", "java.sql..", "javax.sql..",
                        "org.postgresql..", "org.springframework..", "org.camunda..", "com.fasterxml..")
                .because("a council's steps are the same whichever way they go in: the feed, the KPI database or the API")
                .check(simulator);
    }
}
