package org.caseflow.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every Caseflow module keeps, checked in each module's build:
 * <ul>
 *   <li>a feature's rules (a {@code rules} package) are plain Java over plain values, so each is
 *       tested on its own and reads as the rule it is: no Spring, Camunda, JDBC or web types, only
 *       the working-day calendar and the journey events beside them;</li>
 *   <li>feature packages do not depend on each other in a circle, so each can be read, and
 *       changed, from its own package outwards;</li>
 *   <li>nothing depends on the demo data, which a production build leaves out.</li>
 * </ul>
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Rule packages ({@code ..rules..}) depend on nothing but Java, the calendar, the journey events and other rules. */
    public static ArchRule rulesArePlainJava() {
        return classes().that().resideInAPackage("..rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.caseflow.calendar..",
                        "org.caseflow.journey.events..", "..rules..")
                .as("rules are plain Java over plain values (no Spring, Camunda, JDBC or web types)")
                .allowEmptyShould(true);
    }

    /** The feature packages directly under {@code basePackage} ({@code org.caseflow.kpi}) form no cycle. */
    public static ArchRule featuresFormNoCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .as("feature packages of " + basePackage + " depend on each other one way only");
    }

    /**
     * Demo data (a {@code demo} package) is for the local run only and a production build leaves it
     * out, so nothing else may depend on it.
     */
    public static ArchRule nothingDependsOnTheDemo(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..").and().resideOutsideOfPackage("..demo..")
                .should().dependOnClassesThat().resideInAPackage("..demo..")
                .as("nothing in " + basePackage + " but the demo depends on the demo");
    }

    /** Libraries that every service shares stay free of the frameworks the services choose. */
    public static ArchRule isPlainJava(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "java.sql..",
                        "javax.sql..", "jakarta..")
                .as(basePackage + " is plain Java");
    }
}
