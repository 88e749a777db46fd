package org.caseflow.casework.characteristics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caseflow.returns.record.DfeCode;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.Sex;
import org.caseflow.returns.record.UpnUnknownReason;

/**
 * The child's characteristics as the statutory returns take them, in the DfE's codes: what the CIN
 * census writes in ChildIdentifiers and ChildCharacteristics, and SSDA903 in its header. Each is null
 * (the disabilities empty) until the child's team records it.
 *
 * @param upn               the unique pupil number, 13 characters with its check letter
 * @param formerUpn         a UPN the child had before, such as a temporary one
 * @param upnUnknownReason  why the child has no UPN (UN1 to UN7), when they have none
 * @param disabilities      in the order recorded; {@code NONE} alone for a child with none
 */
public record ChildCharacteristics(Sex sex, Ethnicity ethnicity, String upn, String formerUpn, UpnUnknownReason upnUnknownReason,
        List<Disability> disabilities) {

    public ChildCharacteristics {
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }

    /** Nothing recorded yet. */
    public static final ChildCharacteristics NOT_RECORDED = new ChildCharacteristics(null, null, null, null, null, List.of());

    /** Each characteristic that is different in {@code after}, from what to what, in words for the audit trail. */
    List<String> changesTo(ChildCharacteristics after) {
        List<String> changes = new ArrayList<>();
        describe(changes, "sex", code(sex), code(after.sex));
        describe(changes, "ethnicity", code(ethnicity), code(after.ethnicity));
        describe(changes, "UPN", text(upn), text(after.upn));
        describe(changes, "former UPN", text(formerUpn), text(after.formerUpn));
        describe(changes, "reason for no UPN", code(upnUnknownReason), code(after.upnUnknownReason));
        describe(changes, "disabilities", codes(disabilities), codes(after.disabilities));
        return changes;
    }

    private static void describe(List<String> changes, String characteristic, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(characteristic + " from " + from + " to " + to);
        }
    }

    private static String code(DfeCode code) {
        return code == null ? "(none)" : code.code();
    }

    private static String text(String text) {
        return text == null ? "(none)" : text;
    }

    private static String codes(List<Disability> codes) {
        return codes.isEmpty() ? "(none)" : String.join(", ", codes.stream().map(Disability::code).toList());
    }
}
