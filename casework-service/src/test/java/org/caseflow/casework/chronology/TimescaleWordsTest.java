package org.caseflow.casework.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.Timescales;
import org.junit.jupiter.api.Test;

class TimescaleWordsTest {

    @Test
    void aLimitIsWordedInItsOwnUnitAndOneIsSingular() {
        assertThat(TimescaleWords.limitOf(StatutoryTimescale.ASSESSMENT)).isEqualTo("45 working days");
        assertThat(TimescaleWords.limitOf(StatutoryTimescale.CONTACT_DECISION)).isEqualTo("1 working day");
        assertThat(TimescaleWords.limitOf(StatutoryTimescale.FIRST_REVIEW_CONFERENCE)).isEqualTo("3 months");
        assertThat(TimescaleWords.limitOf(StatutoryTimescale.CLA_VISIT_AFTER_PLACEMENT)).isEqualTo("1 week");
        assertThat(TimescaleWords.limitOf(StatutoryTimescale.CLA_VISIT_FIRST_YEAR)).isEqualTo("6 weeks");
    }

    @Test
    void aRuleReadsAsPartOfASentence() {
        assertThat(TimescaleWords.ruleOf(StatutoryTimescale.FIRST_CLA_REVIEW)).isEqualTo("timescale T17 (20 working days):"
                + " hold the first looked-after child review within 20 working days of the child becoming looked after");
    }

    @Test
    void aLocalTimescaleIsNamedAsTheCouncilsOwn() {
        Timescales timescales = new Timescales(LocalTimescales.englandCommon());

        assertThat(TimescaleWords.ruleOf(timescales.byId("T10"))).isEqualTo("local timescale T10 (10 working days): see a child"
                + " on a child protection plan within the local interval of the last visit");
        assertThat(TimescaleWords.nameOf(timescales.byId("T4"))).isEqualTo("timescale T4");
    }
}
