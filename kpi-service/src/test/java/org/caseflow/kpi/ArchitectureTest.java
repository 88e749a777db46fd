package org.caseflow.kpi;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.caseflow.testsupport.ArchitectureRules;

/**
 * The shape of the KPI service: each measure's rule is plain Java in a {@code rules} package, and
 * the feature packages (contacts, referrals, assessments, measures, facts…) depend on each other
 * one way only.
 */
@AnalyzeClasses(packages = "org.caseflow.kpi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesArePlainJava = ArchitectureRules.rulesArePlainJava();

    @ArchTest
    static final ArchRule featuresFormNoCycles = ArchitectureRules.featuresFormNoCycles("org.caseflow.kpi");
}
