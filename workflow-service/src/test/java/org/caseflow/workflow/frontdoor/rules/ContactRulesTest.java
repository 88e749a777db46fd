package org.caseflow.workflow.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a contact must say, whichever route it came by. */
class ContactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 22);
    private static final LocalDate RECEIVED = LocalDate.of(2025, 12, 19);

    @Test
    void aNewChildIsNamedWithADateOfBirthOrAnExpectedOne() {
        assertThatCode(() -> ContactRules.check(newChild("2016-04-02", null), RECEIVED, "Bruising seen at school.", TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> ContactRules.check(newChild(null, "2026-03-01"), RECEIVED, "An unborn child.", TODAY))
                .as("an unborn child's expected date may be in the future").doesNotThrowAnyException();
        refused(newChild(null, null), RECEIVED, "x", "childDateOfBirth");
        refused(new ContactRules.Child(false, " ", "Jones", LocalDate.of(2016, 4, 2), null), RECEIVED, "x", "childGivenName");
    }

    @Test
    void aKnownChildIsNamedByTheirRecordSoTheContactNeedNotNameThem() {
        assertThatCode(() -> ContactRules.check(new ContactRules.Child(true, null, null, null, null), RECEIVED, "Again.", TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aContactIsRecordedAsItHappenedWithItsReason() {
        assertThatCode(() -> ContactRules.check(newChild("2016-04-02", null), TODAY, "Today.", TODAY)).as("today").doesNotThrowAnyException();
        refused(newChild("2016-04-02", null), TODAY.plusDays(1), "Tomorrow.", "contactReceivedAt");
        refused(newChild("2026-01-01", null), RECEIVED, "Born in the future.", "childDateOfBirth");
        refused(newChild("2016-04-02", null), RECEIVED, "", "contactReason");
    }

    private static ContactRules.Child newChild(String born, String expected) {
        return new ContactRules.Child(false, "Amy", "Jones", born == null ? null : LocalDate.parse(born),
                expected == null ? null : LocalDate.parse(expected));
    }

    private static void refused(ContactRules.Child child, LocalDate received, String reason, String field) {
        assertThatThrownBy(() -> ContactRules.check(child, received, reason, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> org.assertj.core.api.Assertions.assertThat(violation.field()).isEqualTo(field));
    }
}
