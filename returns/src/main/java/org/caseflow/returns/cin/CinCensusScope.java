package org.caseflow.returns.cin;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.Assessment;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CinPlan;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.Section47Enquiry;

/**
 * What the CIN census for a year holds of a child's record, by the DfE's rules: every episode, and
 * every assessment, plan and enquiry within it, open at any time from 1 April to 31 March; and
 * nothing that happened after 31 March, because the census describes the record as it stood on its
 * reference date. So an episode closed on 2 April is returned as open, without its closure date and
 * reason (rule 8620: a closure date must fall within the census year), an assessment authorised
 * after 31 March as not yet authorised (8696), a conference held after 31 March as not yet held
 * (8715), and plan end dates likewise (4013, 8930). Child protection reviews are those held in the
 * year.
 */
public final class CinCensusScope {

    private final FinancialYear year;

    public CinCensusScope(FinancialYear year) {
        this.year = year;
    }

    public FinancialYear year() {
        return year;
    }

    /** The child as the census sees them; empty when none of their episodes falls in the year (rule 8590). */
    public Optional<ChildRecord> child(ChildRecord child) {
        List<CinEpisode> episodes = child.cinEpisodes().stream()
                .map(this::episode)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(CinEpisode::referralDate))
                .toList();
        return episodes.isEmpty() ? Optional.empty() : Optional.of(child.withCinEpisodes(episodes));
    }

    Optional<CinEpisode> episode(CinEpisode episode) {
        if (!openDuringYear(episode.referralDate(), episode.closureDate())) {
            return Optional.empty();
        }
        boolean closedInYear = episode.closureDate() != null && !after(episode.closureDate());
        return Optional.of(new CinEpisode(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.referralNfa(), closedInYear ? episode.closureDate() : null,
                closedInYear ? episode.reasonForClosure() : null,
                inYear(episode.assessments().stream().map(this::assessment)),
                inYear(episode.cinPlans().stream().map(this::cinPlan)),
                inYear(episode.section47Enquiries().stream().map(this::section47)),
                inYear(episode.cpPlans().stream().map(this::cpPlan)),
                episode.allocation(), episode.childLastSeenOn()));
    }

    private Optional<Assessment> assessment(Assessment assessment) {
        if (!openDuringYear(assessment.startDate(), assessment.authorisationDate())) {
            return Optional.empty();
        }
        // factors are only for a completed assessment (rule 8614)
        boolean authorised = assessment.authorisationDate() != null && !after(assessment.authorisationDate());
        return Optional.of(new Assessment(assessment.startDate(), authorised ? assessment.authorisationDate() : null,
                authorised ? assessment.factors() : List.of(), assessment.childSeen(), assessment.needsSupport()));
    }

    private Optional<CinPlan> cinPlan(CinPlan plan) {
        if (!openDuringYear(plan.startDate(), plan.endDate())) {
            return Optional.empty();
        }
        return Optional.of(new CinPlan(plan.startDate(), inYearOrNull(plan.endDate())));
    }

    private Optional<Section47Enquiry> section47(Section47Enquiry enquiry) {
        if (!openDuringYear(enquiry.startDate(), enquiry.endDate())) {
            return Optional.empty();
        }
        LocalDate icpcDate = inYearOrNull(enquiry.icpcDate());
        // a decision that no conference is needed counts once the enquiry is complete, within the year
        boolean notRequiredByYearEnd = enquiry.icpcNotRequired() && enquiry.completedOn() != null && !after(enquiry.completedOn());
        return Optional.of(new Section47Enquiry(enquiry.startDate(), enquiry.icpcTargetDate(), icpcDate, notRequiredByYearEnd,
                inYearOrNull(enquiry.completedOn())));
    }

    private Optional<CpPlan> cpPlan(CpPlan plan) {
        if (!openDuringYear(plan.startDate(), plan.endDate())) {
            return Optional.empty();
        }
        List<LocalDate> reviewsInYear = plan.reviewDates().stream().filter(Objects::nonNull).filter(year::contains).toList();
        return Optional.of(new CpPlan(plan.startDate(), inYearOrNull(plan.endDate()), plan.initialCategory(),
                plan.latestCategory(), reviewsInYear, plan.lastVisitOn(), plan.seenAloneAtLastVisit()));
    }

    /** Started by 31 March and not ended before 1 April: open on at least one day of the year. */
    private boolean openDuringYear(LocalDate start, LocalDate end) {
        return start != null && !after(start) && (end == null || !end.isBefore(year.start()));
    }

    private boolean after(LocalDate date) {
        return date.isAfter(year.end());
    }

    private LocalDate inYearOrNull(LocalDate date) {
        return date == null || after(date) ? null : date;
    }

    private static <T> List<T> inYear(Stream<Optional<T>> items) {
        return items.flatMap(Optional::stream).toList();
    }
}
