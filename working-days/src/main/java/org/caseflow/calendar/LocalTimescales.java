package org.caseflow.calendar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The timescales each council chooses (docs/statutory-rules.md, the [L] rules), with England's
 * common choices as defaults: a council overrides those it sets differently. Statutory timescales
 * are not here: no council may change them.
 */
public final class LocalTimescales {

    /**
     * T2: a strategy discussion held within 1 working day of the decision to hold one. The
     * national rule is "as soon as possible"; councils set a figure (24 hours is common).
     */
    public static final String STRATEGY_DISCUSSION = "T2";
    /** T6: each later core group within 4 weeks of the previous one (4-weekly is common; some councils say monthly). */
    public static final String LATER_CORE_GROUP = "T6";
    /** T10: a child on a child protection plan seen every 10 working days (some councils: 4 weeks). */
    public static final String CP_VISIT = "T10";
    /** T11: a child on a child in need plan seen every 20 working days (others: 4 to 6 weeks). */
    public static final String CIN_VISIT = "T11";
    /** T22: an experienced social worker supervised at least monthly. */
    public static final String SUPERVISION = "T22";
    /** T23: a child in need plan reviewed within 3 months of its start or the last review (Working Together leaves it to councils). */
    public static final String CIN_REVIEW = "T23";
    /** T24: an Early Help assessment completed within 30 working days of the episode's start (or of accepting a step-down). */
    public static final String EARLY_HELP_ASSESSMENT = "T24";
    /** T25: a team-around-the-family plan reviewed within 6 weeks of the assessment or the last review. */
    public static final String EARLY_HELP_REVIEW = "T25";
    /** T26: a child stepped down from social care accepted by Early Help within 5 working days of the step-down. */
    public static final String STEP_DOWN_ACCEPTANCE = "T26";
    /**
     * T27: a foster carer's DBS check renewed within 3 years of the last. Local practice: the
     * fostering regulations ask for an enhanced DBS check when a carer is assessed and leave its
     * renewal to the service; councils commonly renew every 3 years (some sooner). A council may
     * set up to 3 years.
     */
    public static final String FOSTER_CARER_DBS_RENEWAL = "T27";
    /**
     * T28: a foster carer visited by their supervising social worker at least every 6 weeks. Local
     * practice: the Fostering Services National Minimum Standards 2011 (standard 21) require every
     * carer to be supervised by a supervising social worker and leave how often to the service.
     */
    public static final String FOSTER_CARER_SUPERVISION_VISIT = "T28";

    private static final Map<String, LocalTimescale> ENGLAND_COMMON = Stream.of(
            new LocalTimescale(STRATEGY_DISCUSSION, "Hold a strategy discussion within the local interval of the decision to hold one",
                    1, TimescaleUnit.WORKING_DAYS),
            new LocalTimescale(LATER_CORE_GROUP, "Hold each later core group within the local interval of the previous one",
                    4, TimescaleUnit.CALENDAR_WEEKS),
            new LocalTimescale(CP_VISIT, "See a child on a child protection plan within the local interval of the last visit",
                    10, TimescaleUnit.WORKING_DAYS),
            new LocalTimescale(CIN_VISIT, "See a child on a child in need plan within the local interval of the last visit",
                    20, TimescaleUnit.WORKING_DAYS),
            new LocalTimescale(SUPERVISION, "Supervise an experienced social worker within the local interval of the last session",
                    1, TimescaleUnit.CALENDAR_MONTHS),
            new LocalTimescale(CIN_REVIEW, "Review a child in need plan within the local interval of its start or the last review",
                    3, TimescaleUnit.CALENDAR_MONTHS),
            new LocalTimescale(EARLY_HELP_ASSESSMENT, "Complete an Early Help assessment within the local interval of the episode's start",
                    30, TimescaleUnit.WORKING_DAYS),
            new LocalTimescale(EARLY_HELP_REVIEW, "Review a team-around-the-family plan within the local interval of the assessment or"
                    + " the last review", 6, TimescaleUnit.CALENDAR_WEEKS),
            new LocalTimescale(STEP_DOWN_ACCEPTANCE, "Accept a child stepped down from social care within the local interval of the"
                    + " step-down", 5, TimescaleUnit.WORKING_DAYS),
            new LocalTimescale(FOSTER_CARER_DBS_RENEWAL, "Renew a foster carer's DBS check within the local interval of the last",
                    3, TimescaleUnit.CALENDAR_YEARS, 3, 3),
            new LocalTimescale(FOSTER_CARER_SUPERVISION_VISIT, "Visit a foster carer for supervision within the local interval of the"
                    + " last visit", 6, TimescaleUnit.CALENDAR_WEEKS))
            .collect(Collectors.toUnmodifiableMap(LocalTimescale::id, timescale -> timescale));

    private final Map<String, LocalTimescale> byId;

    private LocalTimescales(Map<String, LocalTimescale> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** England's common choices. */
    public static LocalTimescales englandCommon() {
        return new LocalTimescales(ENGLAND_COMMON);
    }

    /**
     * This council's: the interval of each rule it sets replaces the common one, keeping the rule's
     * description; an unknown rule id is refused, so a misspelt setting is not silently ignored.
     */
    public LocalTimescales withIntervals(Map<String, Interval> councilChoices) {
        Map<String, LocalTimescale> chosen = new LinkedHashMap<>(byId);
        councilChoices.forEach((id, interval) -> {
            LocalTimescale common = Optional.ofNullable(byId.get(id)).orElseThrow(() -> new IllegalArgumentException(
                    "There is no local timescale " + id + "; the local ones are " + byId.keySet()));
            chosen.put(id, new LocalTimescale(id, common.description(), interval.every(), interval.unit(),
                    interval.atRiskAfter() == null ? interval.every() : interval.atRiskAfter(), common.longestInYears()));
        });
        return new LocalTimescales(chosen);
    }

    public Optional<LocalTimescale> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A council's choice of interval: every N units, at risk after M (default N). */
    public record Interval(int every, TimescaleUnit unit, Integer atRiskAfter) {
    }
}
