package org.caseflow.returns.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.ClaReview;
import org.caseflow.returns.record.DfeCode;
import org.caseflow.returns.record.MissingEpisode;
import org.caseflow.returns.record.Person;
import org.caseflow.returns.record.Sex;

/**
 * The SSDA903 return for a collection year, children looked after at any time from 1 April to
 * 31 March, as the CSV tables the DfE's loader takes: Header, Episodes, Reviews, UASC and Missing,
 * with the DfE's column names and codes and dates as dd/mm/yyyy. The OC2, OC3, AD1, PlacedAdoption,
 * PrevPerm and SWEpisodes tables need facts the case record does not hold yet and are not produced.
 */
public final class Ssda903Return {

    public static final List<String> HEADER = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    public static final List<String> EPISODES = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
            "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
    public static final List<String> REVIEWS = List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
    public static final List<String> UASC = List.of("CHILD", "SEX", "DOB", "DUC");
    public static final List<String> MISSING = List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A child ceases to be an unaccompanied asylum-seeking child at 18 at the latest (rule 304). */
    private static final int UASC_UNTIL_AGE = 18;

    private final FinancialYear year;

    public Ssda903Return(FinancialYear year) {
        this.year = year;
    }

    /** Every table, in the order the DfE's loader takes them. */
    public List<Ssda903Table> tables(Collection<ChildRecord> children) {
        List<ChildRecord> lookedAfter = lookedAfterInYear(children);
        return List.of(header(lookedAfter), episodes(lookedAfter), reviews(lookedAfter), uasc(lookedAfter), missing(lookedAfter));
    }

    /** The children with an episode open at any time in the year, in CHILD order. */
    public List<ChildRecord> lookedAfterInYear(Collection<ChildRecord> children) {
        return children.stream()
                .filter(child -> !CareEpisodes.inYear(child, year).isEmpty())
                .sorted(Comparator.comparing(ChildRecord::laChildId))
                .toList();
    }

    private Ssda903Table header(List<ChildRecord> children) {
        List<List<String>> rows = children.stream().map(child -> {
            Person person = child.person();
            return List.of(child.laChildId(), code(person.sex()), date(person.dateOfBirth()), code(person.ethnicity()),
                    person.upn() != null ? person.upn() : code(person.upnUnknown()), mother(person), date(person.firstChildBornOn()));
        }).toList();
        return new Ssda903Table("Header", HEADER, rows);
    }

    private Ssda903Table episodes(List<ChildRecord> children) {
        List<List<String>> rows = children.stream()
                .flatMap(child -> CareEpisodes.inYear(child, year).stream())
                .map(episode -> List.of(episode.laChildId(), date(episode.started()), code(episode.reasonNew()),
                        code(episode.legalStatus()), code(episode.categoryOfNeed()), code(episode.placementType()),
                        code(episode.placementProvider()), date(episode.ceased()), text(episode.reasonCeased()),
                        code(episode.reasonPlaceChange()), text(episode.homePostcodeDistrict()),
                        text(episode.placementPostcodeDistrict()), text(episode.urn())))
                .toList();
        return new Ssda903Table("Episodes", EPISODES, rows);
    }

    /** Reviews held in the year, of the periods of care the return holds. */
    private Ssda903Table reviews(List<ChildRecord> children) {
        List<List<String>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            child.carePeriods().stream()
                    .flatMap(period -> period.reviews().stream())
                    .filter(review -> review.heldOn() != null && year.contains(review.heldOn()))
                    .sorted(Comparator.comparing(ClaReview::heldOn))
                    .forEach(review -> rows.add(List.of(child.laChildId(), date(child.person().dateOfBirth()), date(review.heldOn()),
                            code(review.participation()))));
        }
        return new Ssda903Table("Reviews", REVIEWS, rows);
    }

    /** Children who were unaccompanied asylum-seeking children at some time in the year, with the day that ended (DUC). */
    private Ssda903Table uasc(List<ChildRecord> children) {
        List<List<String>> rows = children.stream()
                .filter(ChildRecord::unaccompaniedAsylumSeeking)
                .filter(child -> uascCeased(child) == null || !uascCeased(child).isBefore(year.start()))
                .map(child -> List.of(child.laChildId(), code(child.person().sex()), date(child.person().dateOfBirth()),
                        date(uascCeased(child))))
                .toList();
        return new Ssda903Table("UASC", UASC, rows);
    }

    /** Times missing or away open at any time in the year; one that ended after 31 March is returned open. */
    private Ssda903Table missing(List<ChildRecord> children) {
        List<List<String>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            for (MissingEpisode missing : MissingEpisodes.inYear(child, year)) {
                rows.add(List.of(child.laChildId(), date(child.person().dateOfBirth()), code(missing.kind()),
                        date(missing.startDate()), date(missing.endDate())));
            }
        }
        return new Ssda903Table("Missing", MISSING, rows);
    }

    /** The day UASC status ended: as recorded, else the 18th birthday, its latest possible end. */
    private static LocalDate uascCeased(ChildRecord child) {
        if (child.uascStatusCeasedOn() != null) {
            return child.uascStatusCeasedOn();
        }
        LocalDate born = child.person().dateOfBirth();
        return born == null ? null : born.plusYears(UASC_UNTIL_AGE);
    }

    /** MOTHER: 1 or 0 for a girl or young woman, whether she is a mother; blank for anyone else. */
    private static String mother(Person person) {
        if (person.sex() != Sex.F) {
            return "";
        }
        return person.firstChildBornOn() != null ? "1" : "0";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    private static String code(DfeCode code) {
        return code == null ? "" : code.code();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
