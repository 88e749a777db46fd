package org.caseflow.casework.characteristics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.Disability;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.casework.chronology.Chronology;
import org.caseflow.casework.returns.ReturnFactsChanged;
import org.caseflow.journey.events.BusinessDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the child's characteristics. Each change is audited with what it changed, from what to
 * what, and goes in the child's chronology, in the same transaction; once it has committed the DfE
 * rules run on the record again, as they do when a journey event changes it.
 */
@Service
class CharacteristicsChanges {

    static final String AUDIT_ACTION = "CHARACTERISTICS_CHANGED";
    static final String CHRONOLOGY_KIND = "CharacteristicsRecorded";

    private final CharacteristicsRecords records;
    private final AuditTrail audit;
    private final Chronology chronology;
    private final ApplicationEventPublisher events;

    CharacteristicsChanges(CharacteristicsRecords records, AuditTrail audit, Chronology chronology, ApplicationEventPublisher events) {
        this.records = records;
        this.audit = audit;
        this.chronology = chronology;
        this.events = events;
    }

    /** @return the child's characteristics as they now are */
    @Transactional
    ChildCharacteristics change(String laChildId, CharacteristicsChange change, String by) {
        ChildCharacteristics before = records.findForChange(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
        ChildCharacteristics after = change.characteristics();
        records.replace(laChildId, after);
        List<String> changes = before.changesTo(after);
        audit.record(by, AUDIT_ACTION, laChildId,
                changes.isEmpty() ? "No characteristic changed." : capitalised(String.join("; ", changes)) + ".");
        chronology.addRecordChange(laChildId, LocalDate.now(BusinessDates.LONDON), Instant.now(), CHRONOLOGY_KIND, summary(after), by);
        events.publishEvent(new ReturnFactsChanged(laChildId));
        return after;
    }

    /**
     * What the chronology says: the codes, with the UPN itself left to the record (an identifier is
     * not repeated in every view of the child's story).
     */
    private static String summary(ChildCharacteristics recorded) {
        String upn = recorded.upn() != null ? "UPN recorded"
                : recorded.upnUnknownReason() != null ? "no UPN (" + recorded.upnUnknownReason().code() + ")" : "UPN not known";
        String disabilities = recorded.disabilities().isEmpty() ? "disabilities not recorded"
                : "disabilities " + String.join(", ", recorded.disabilities().stream().map(Disability::code).toList());
        return "Characteristics recorded: sex " + (recorded.sex() == null ? "not recorded" : recorded.sex().code())
                + ", ethnicity " + recorded.ethnicity().code() + ", " + upn + ", " + disabilities + ".";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
