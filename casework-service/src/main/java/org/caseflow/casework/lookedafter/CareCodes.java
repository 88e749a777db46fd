package org.caseflow.casework.lookedafter;

import java.util.Arrays;
import java.util.function.Function;
import org.caseflow.casework.child.CodeAndWords;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;

/**
 * The codes a period of care is stored with, answered with the event contract's own words for
 * them. A stored code the contract has since dropped is still answered, without words, rather than
 * failing the whole record: the record outlives any one version of the contract.
 */
final class CareCodes {

    private CareCodes() {
    }

    static CodeAndWords legalStatus(String code) {
        return of(code, LegalStatus.class, LegalStatus::label);
    }

    static CodeAndWords categoryOfNeed(String code) {
        return of(code, CategoryOfNeed.class, CategoryOfNeed::label);
    }

    static CodeAndWords entryRoute(String code) {
        return of(code, CareEntryRoute.class, CareEntryRoute::label);
    }

    static CodeAndWords placementType(String code) {
        return of(code, PlacementType.class, PlacementType::label);
    }

    static CodeAndWords provider(String code) {
        return of(code, PlacementProvider.class, PlacementProvider::label);
    }

    static CodeAndWords changeReason(String code) {
        return of(code, PlacementChangeReason.class, PlacementChangeReason::label);
    }

    static CodeAndWords reasonCeased(String code) {
        return of(code, ReasonCeased.class, ReasonCeased::label);
    }

    /** Null for no code (a first placement has no reason for change; an open period no reason ceased). */
    private static <E extends Enum<E>> CodeAndWords of(String code, Class<E> codes, Function<E, String> words) {
        if (code == null) {
            return null;
        }
        String said = Arrays.stream(codes.getEnumConstants()).filter(known -> known.name().equals(code)).findFirst()
                .map(words).orElse(null);
        return new CodeAndWords(code, said);
    }
}
