package org.caseflow.casework.characteristics;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildRecordProblems;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child's characteristics, recorded by the child's team: the social workers and managers the
 * record is open to ({@link ChildAccess}: a restricted record, or a looked-after child's, only to its
 * teams), and administrators. They are read with the rest of the record, in the child's summary.
 */
@RestController
class CharacteristicsController {

    static final String PATH = "/api/casework/children/{laChildId}/characteristics";

    private final ChildAccess access;
    private final CharacteristicsChanges changes;

    CharacteristicsController(ChildAccess access, CharacteristicsChanges changes) {
        this.access = access;
        this.changes = changes;
    }

    /**
     * The body is checked before the record is opened, so bad input is a 400 whether or not the
     * child exists or is open to the caller, and tells them nothing about either.
     */
    @Operation(summary = "Record a child's characteristics", description = """
            Replaces the child's characteristics, as the statutory returns take them, with those given, in the DfE's \
            codes: `sex` (M, F, U), `ethnicity` (WBRI ... NOBT; NOBT, information not yet obtained, when left out), \
            the unique pupil number `upn` or the reason there is none `upnUnknownReason` (UN1 to UN7), never both, a \
            `formerUpn`, and `disabilities` (NONE alone for a child with none). Anything else left out is cleared. A \
            UPN is checked as the CIN census rules check it (its check letter, the council's number in characters 2 \
            to 4, digits, the last character; rules 1510 to 1550), and a UPN that fails is refused with the reason. \
            Bad input is refused before the record is opened, so it says nothing about whether the child exists. The \
            change, its `CHARACTERISTICS_CHANGED` audit entry (what changed, from what to what) and its chronology \
            entry (`CharacteristicsRecorded`) are written together; the CIN census, SSDA903 and Annex A use them from \
            then on, and the DfE rules run on the record again. For social workers and managers to whom the record \
            is open, and administrators. Answers the characteristics as they now are.""")
    @ChildRecordProblems
    @PutMapping(PATH)
    @Transactional
    ChildCharacteristics change(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            @Valid @RequestBody CharacteristicsChange change, Authentication caller) {
        change.upnProblem().ifPresent(problem -> {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", problem), null);
        });
        access.requireOpenTo(caller, laChildId, "CHANGE_CHARACTERISTICS");
        return changes.change(laChildId, change, caller.getName());
    }
}
