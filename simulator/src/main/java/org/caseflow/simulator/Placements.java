package org.caseflow.simulator;

import java.time.LocalDate;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;

/**
 * Where looked-after children live: placement types as the reference report's 558 children were placed (SSDA903
 * codes), and their providers as its "own provision 287, private 186, parents 56" suggest for each type.
 */
final class Placements {

    private static final Mix<PlacementType> TYPES = Mix.of(PlacementType.U6, 242, PlacementType.U4, 76, PlacementType.U3, 92,
            PlacementType.P1, 56, PlacementType.K2, 41, PlacementType.H5, 25, PlacementType.U1, 6, PlacementType.U5, 6,
            PlacementType.A6, 5, PlacementType.A5, 3, PlacementType.Z1, 3, PlacementType.R3, 1, PlacementType.R2, 1,
            PlacementType.K1, 1);
    private static final Mix<PlacementProvider> FOSTER_PROVIDERS = Mix.of(PlacementProvider.PR1, 70, PlacementProvider.PR4, 25,
            PlacementProvider.PR5, 5);
    private static final Mix<PlacementProvider> HOME_PROVIDERS = Mix.of(PlacementProvider.PR4, 75, PlacementProvider.PR1, 20,
            PlacementProvider.PR5, 5);
    private static final Mix<PlacementProvider> OTHER_PROVIDERS = Mix.of(PlacementProvider.PR3, 50, PlacementProvider.PR4, 50);
    /** Placements not meant to last until 18 that are anyway, as a share. */
    private static final double OTHERWISE_UNTIL_EIGHTEEN = 0.1;

    /** One placement: from when, what kind, who provides it, and whether it is meant to last until the child is 18. */
    record Placement(LocalDate startedOn, PlacementType type, PlacementProvider provider, boolean untilEighteen, boolean emergency) {
    }

    private Placements() {
    }

    static Placement draw(Dice dice, LocalDate startedOn) {
        PlacementType type = TYPES.pick(dice);
        boolean longTerm = type == PlacementType.U4 || type == PlacementType.U1;
        return new Placement(startedOn, type, providerOf(type, dice), longTerm || dice.chance(OTHERWISE_UNTIL_EIGHTEEN),
                dice.chance(0.15));
    }

    private static PlacementProvider providerOf(PlacementType type, Dice dice) {
        if (type == PlacementType.P1) {
            return PlacementProvider.PR0;
        }
        if (type.isFoster() || type.name().startsWith("A")) {
            return FOSTER_PROVIDERS.pick(dice);
        }
        if (type == PlacementType.K2 || type == PlacementType.H5) {
            return HOME_PROVIDERS.pick(dice);
        }
        return OTHER_PROVIDERS.pick(dice);
    }
}
