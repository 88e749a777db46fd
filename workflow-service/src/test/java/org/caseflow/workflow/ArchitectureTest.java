package org.caseflow.workflow;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.caseflow.testsupport.ArchitectureRules;

/** The workflow service keeps the shape every Caseflow module keeps ({@link ArchitectureRules}). */
@AnalyzeClasses(packages = "org.caseflow.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesArePlainJava = ArchitectureRules.rulesArePlainJava();

    @ArchTest
    static final ArchRule featuresFormNoCycles = ArchitectureRules.featuresFormNoCycles("org.caseflow.workflow");

    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = ArchitectureRules.nothingDependsOnTheDemo("org.caseflow.workflow");
}
