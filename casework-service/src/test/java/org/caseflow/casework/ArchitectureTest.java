package org.caseflow.casework;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.caseflow.testsupport.ArchitectureRules;

/** The casework service keeps the shape every Caseflow module keeps. */
@AnalyzeClasses(packages = "org.caseflow.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesArePlainJava = ArchitectureRules.rulesArePlainJava();

    /** Each feature can be read, and changed, from its own package outwards. */
    @ArchTest
    static final ArchRule featuresFormNoCycles = ArchitectureRules.featuresFormNoCycles("org.caseflow.casework");

    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = ArchitectureRules.nothingDependsOnTheDemo("org.caseflow.casework");
}
