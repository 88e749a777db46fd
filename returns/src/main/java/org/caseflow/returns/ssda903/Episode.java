package org.caseflow.returns.ssda903;

import java.time.LocalDate;
import org.caseflow.returns.record.CategoryOfNeed;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;

/**
 * One row of the SSDA903 Episodes table: a stretch of a period of care with one legal status and one
 * placement. Column names in brackets.
 *
 * @param started              (DECOM) the day the episode began
 * @param reasonNew            (RNE)
 * @param legalStatus          (LS)
 * @param categoryOfNeed       (CIN)
 * @param placementType        (PLACE)
 * @param placementProvider    (PLACE_PROVIDER)
 * @param ceased               (DEC) the day it ceased; null while it is open
 * @param reasonCeased         (REC) {@link #CONTINUES} when the next episode begins that day, else the
 *                             period's reason code; null while it is open
 * @param reasonPlaceChange    (REASON_PLACE_CHANGE) why the child moved, on the episode the move ended
 * @param homePostcodeDistrict (HOME_POST)
 * @param placementPostcodeDistrict (PL_POST)
 * @param urn                  (URN)
 */
public record Episode(String laChildId, LocalDate started, ReasonNewEpisode reasonNew, LegalStatus legalStatus,
        CategoryOfNeed categoryOfNeed, PlacementType placementType, PlacementProvider placementProvider, LocalDate ceased,
        String reasonCeased, PlacementChangeReason reasonPlaceChange, String homePostcodeDistrict,
        String placementPostcodeDistrict, String urn) {

    /** REC X1: the episode ceased and a new one began the same day, in the same period of care. */
    public static final String CONTINUES = "X1";

    /** Open on at least one day of {@code [from, to]}. */
    public boolean openBetween(LocalDate from, LocalDate to) {
        return started != null && !started.isAfter(to) && (ceased == null || !ceased.isBefore(from));
    }

    /** The episode as it stood on {@code day}: one that ceased after it is still open then. */
    Episode asAt(LocalDate day) {
        if (ceased == null || !ceased.isAfter(day)) {
            return this;
        }
        return new Episode(laChildId, started, reasonNew, legalStatus, categoryOfNeed, placementType, placementProvider, null, null,
                null, homePostcodeDistrict, placementPostcodeDistrict, urn);
    }
}
