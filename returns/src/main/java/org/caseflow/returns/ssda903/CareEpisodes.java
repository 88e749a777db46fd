package org.caseflow.returns.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.CarePeriod;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.DfeCode;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.LegalStatusSpell;
import org.caseflow.returns.record.Placement;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementType;

/**
 * Splits a period of care into SSDA903 episodes: a new episode begins whenever the legal status
 * changes, the child moves placement, or both on the same day. The case record stores legal status and
 * placement as dated spells; the return wants them as episodes.
 */
public final class CareEpisodes {

    private CareEpisodes() {
    }

    /** Every episode of every period of the child's care, in date order. */
    public static List<Episode> of(ChildRecord child) {
        return child.carePeriods().stream()
                .flatMap(period -> of(child.laChildId(), period).stream())
                .sorted(Comparator.comparing(Episode::started, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The episodes the return for {@code year} holds: those open at any time in it, as they stood on
     * 31 March, so that one ceasing later is returned open (rule 354: nothing after the collection year).
     */
    public static List<Episode> inYear(ChildRecord child, FinancialYear year) {
        return of(child).stream()
                .filter(episode -> episode.openBetween(year.start(), year.end()))
                .map(episode -> episode.asAt(year.end()))
                .toList();
    }

    static List<Episode> of(String laChildId, CarePeriod period) {
        if (period.startDate() == null) {
            return List.of();
        }
        List<LocalDate> starts = episodeStarts(period);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate started = starts.get(i);
            boolean last = i == starts.size() - 1;
            LocalDate nextStart = last ? null : starts.get(i + 1);
            Optional<Placement> placement = inForce(period.placements(), Placement::from, started);
            Optional<Placement> nextPlacement = last ? Optional.empty() : startingOn(period.placements(), Placement::from, nextStart);
            episodes.add(new Episode(laChildId, started, reasonNew(period, i == 0, started),
                    inForce(period.legalStatuses(), LegalStatusSpell::from, started).map(LegalStatusSpell::status).orElse(null),
                    period.categoryOfNeed(),
                    placement.map(Placement::type).orElse(null),
                    placement.map(Placement::provider).orElse(null),
                    last ? period.endDate() : nextStart,
                    last ? DfeCode.of(period.reasonCeased()) : Episode.CONTINUES,
                    reasonPlaceChange(placement, nextPlacement),
                    period.homePostcodeDistrict(),
                    placement.map(Placement::postcodeDistrict).orElse(null),
                    placement.map(Placement::urn).orElse(null)));
        }
        return episodes;
    }

    /**
     * The period's start, then every day after it on which the legal status changed or a new
     * placement began. A change dated after the period ended is kept, so that the episode it makes
     * shows the error (rule 356) rather than hiding it.
     */
    private static List<LocalDate> episodeStarts(CarePeriod period) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(period.startDate());
        period.placements().stream().map(Placement::from).filter(Objects::nonNull)
                .filter(from -> from.isAfter(period.startDate())).forEach(starts::add);
        period.legalStatuses().stream().map(LegalStatusSpell::from).filter(Objects::nonNull)
                .filter(from -> from.isAfter(period.startDate()))
                .filter(from -> legalStatusChangesOn(period, from)).forEach(starts::add);
        return List.copyOf(starts);
    }

    private static ReasonNewEpisode reasonNew(CarePeriod period, boolean first, LocalDate started) {
        if (first) {
            return ReasonNewEpisode.S;
        }
        boolean moved = startingOn(period.placements(), Placement::from, started).isPresent();
        boolean legalStatusChanged = legalStatusChangesOn(period, started);
        if (moved && legalStatusChanged) {
            return ReasonNewEpisode.T;
        }
        return moved ? ReasonNewEpisode.P : ReasonNewEpisode.L;
    }

    /** A spell starting that day with a different status from the day before: re-recording the same status is no change. */
    private static boolean legalStatusChangesOn(CarePeriod period, LocalDate day) {
        Optional<LegalStatus> before = inForce(period.legalStatuses(), LegalStatusSpell::from, day.minusDays(1)).map(LegalStatusSpell::status);
        Optional<LegalStatus> from = startingOn(period.legalStatuses(), LegalStatusSpell::from, day).map(LegalStatusSpell::status);
        return from.isPresent() && !from.equals(before);
    }

    /**
     * Why the child moved, recorded on the episode the move ended; none around a temporary placement
     * (rule 226), nor when the next episode is not a move.
     */
    private static PlacementChangeReason reasonPlaceChange(Optional<Placement> current, Optional<Placement> next) {
        if (next.isEmpty() || isTemporary(current) || isTemporary(next)) {
            return null;
        }
        return next.get().changeReason();
    }

    private static boolean isTemporary(Optional<Placement> placement) {
        return placement.map(Placement::type).map(PlacementType::isTemporary).orElse(false);
    }

    /** The spell in force on {@code day}: the latest to start on or before it. */
    private static <T> Optional<T> inForce(List<T> spells, Function<T, LocalDate> from, LocalDate day) {
        return spells.stream()
                .filter(spell -> from.apply(spell) != null && !from.apply(spell).isAfter(day))
                .max(Comparator.comparing(from));
    }

    private static <T> Optional<T> startingOn(List<T> spells, Function<T, LocalDate> from, LocalDate day) {
        return spells.stream().filter(spell -> day.equals(from.apply(spell))).findFirst();
    }
}
