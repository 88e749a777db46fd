package org.caseflow.returns.record;

import java.time.LocalDate;

/**
 * Where a looked-after child lives from a day until the next placement starts or care ends.
 *
 * @param postcodeDistrict the placement's postcode district, e.g. {@code SE9} (SSDA903 PL_POST): never a full address
 * @param urn              the Ofsted unique reference number of the setting, when it has one
 * @param changeReason     why the previous placement ended; null for the first placement of a period
 */
public record Placement(LocalDate from, PlacementType type, PlacementProvider provider, String postcodeDistrict, String urn,
        PlacementChangeReason changeReason) {
}
