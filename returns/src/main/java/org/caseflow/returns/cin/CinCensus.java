package org.caseflow.returns.cin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.Assessment;
import org.caseflow.returns.record.AssessmentFactor;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CinPlan;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.DfeCode;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.Person;
import org.caseflow.returns.record.Section47Enquiry;
import org.w3c.dom.Element;

/**
 * The children in need census for a collection year as the DfE's XML message: every child with an
 * episode of need open at any time in the year ({@link CinCensusScope}), in LAchildID order, in the
 * structure of the 2025 to 2026 specification ({@link #SCHEMA}).
 */
public final class CinCensus {

    /** The schema the message follows, on the classpath. */
    public static final String SCHEMA = "/org/caseflow/returns/cin/cin-census-2025-26.xsd";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final CinCensusScope scope;
    private final CensusSource source;

    public CinCensus(FinancialYear year, CensusSource source) {
        this.scope = new CinCensusScope(year);
        this.source = source;
    }

    /** The children the census holds, each as it sees them. */
    public List<ChildRecord> childrenInYear(Collection<ChildRecord> children) {
        return children.stream()
                .map(scope::child)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ChildRecord::laChildId))
                .toList();
    }

    /** The census file, UTF-8. */
    public byte[] toXml(Collection<ChildRecord> children) {
        XmlBuilder xml = new XmlBuilder();
        Element message = xml.root("Message");
        header(xml, message);
        Element childrenElement = xml.element(message, "Children");
        for (ChildRecord whole : children.stream().sorted(Comparator.comparing(ChildRecord::laChildId)).toList()) {
            scope.child(whole).ifPresent(inYear -> child(xml, childrenElement, inYear, whole));
        }
        return xml.toBytes();
    }

    private void header(XmlBuilder xml, Element message) {
        FinancialYear year = scope.year();
        Element header = xml.element(message, "Header");
        Element collection = xml.element(header, "CollectionDetails");
        xml.text(collection, "Collection", "CIN");
        xml.text(collection, "Year", year.end().getYear());
        xml.date(collection, "ReferenceDate", year.end());
        Element sourceElement = xml.element(header, "Source");
        xml.text(sourceElement, "SourceLevel", "L");
        xml.text(sourceElement, "LEA", source.laCode());
        xml.text(sourceElement, "SoftwareCode", source.softwareCode());
        xml.text(sourceElement, "Release", source.release());
        xml.text(sourceElement, "SerialNo", source.serialNo());
        xml.text(sourceElement, "DateTime", source.createdAt().truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME));
    }

    /**
     * @param inYear the child as the census sees them
     * @param whole  the whole record, for what the year alone cannot tell (previous plans)
     */
    private void child(XmlBuilder xml, Element children, ChildRecord inYear, ChildRecord whole) {
        Element child = xml.element(children, "Child");
        Person person = inYear.person();
        Element identifiers = xml.element(child, "ChildIdentifiers");
        xml.text(identifiers, "LAchildID", inYear.laChildId());
        xml.text(identifiers, "UPN", person.upn());
        xml.text(identifiers, "FormerUPN", person.formerUpn());
        xml.text(identifiers, "UPNunknown", DfeCode.of(person.upnUnknown()));
        xml.date(identifiers, "PersonBirthDate", person.dateOfBirth());
        xml.date(identifiers, "ExpectedPersonBirthDate", person.expectedDateOfBirth());
        xml.text(identifiers, "Sex", DfeCode.of(person.sex()));
        LocalDate died = person.dateOfDeath();
        // like everything else, the census holds what had happened by 31 March
        xml.date(identifiers, "PersonDeathDate", died != null && !died.isAfter(scope.year().end()) ? died : null);

        Element characteristics = xml.element(child, "ChildCharacteristics");
        xml.text(characteristics, "Ethnicity", DfeCode.of(person.ethnicity()));
        if (!person.disabilities().isEmpty()) {
            Element disabilities = xml.element(characteristics, "Disabilities");
            for (Disability disability : person.disabilities()) {
                xml.text(disabilities, "Disability", disability.code());
            }
        }
        for (CinEpisode episode : inYear.cinEpisodes()) {
            episode(xml, child, episode, whole);
        }
    }

    private void episode(XmlBuilder xml, Element child, CinEpisode episode, ChildRecord whole) {
        Element details = xml.element(child, "CINdetails");
        xml.date(details, "CINreferralDate", episode.referralDate());
        xml.text(details, "ReferralSource", DfeCode.of(episode.referralSource()));
        xml.text(details, "PrimaryNeedCode", DfeCode.of(episode.primaryNeed()));
        xml.date(details, "CINclosureDate", episode.closureDate());
        xml.text(details, "ReasonForClosure", DfeCode.of(episode.reasonForClosure()));
        for (Assessment assessment : episode.assessments()) {
            Element element = xml.element(details, "Assessments");
            xml.date(element, "AssessmentActualStartDate", assessment.startDate());
            xml.date(element, "AssessmentAuthorisationDate", assessment.authorisationDate());
            if (!assessment.factors().isEmpty()) {
                Element factors = xml.element(element, "FactorsIdentifiedAtAssessment");
                for (AssessmentFactor factor : assessment.factors()) {
                    xml.text(factors, "AssessmentFactors", factor.code());
                }
            }
        }
        for (CinPlan plan : episode.cinPlans()) {
            Element element = xml.element(details, "CINPlanDates");
            xml.date(element, "CINPlanStartDate", plan.startDate());
            xml.date(element, "CINPlanEndDate", plan.endDate());
        }
        for (Section47Enquiry enquiry : episode.section47Enquiries()) {
            Element element = xml.element(details, "Section47");
            xml.date(element, "S47ActualStartDate", enquiry.startDate());
            xml.date(element, "InitialCPCtarget", enquiry.icpcTargetDate());
            xml.date(element, "DateOfInitialCPC", enquiry.icpcDate());
            xml.text(element, "ICPCnotRequired", enquiry.icpcNotRequired());
        }
        xml.text(details, "ReferralNFA", episode.referralNfa());
        for (CpPlan plan : episode.cpPlans()) {
            Element element = xml.element(details, "ChildProtectionPlans");
            xml.date(element, "CPPstartDate", plan.startDate());
            xml.date(element, "CPPendDate", plan.endDate());
            xml.text(element, "InitialCategoryOfAbuse", DfeCode.of(plan.initialCategory()));
            xml.text(element, "LatestCategoryOfAbuse", DfeCode.of(plan.latestCategory()));
            xml.text(element, "NumberOfPreviousCPP", whole.plansBefore(plan));
            if (!plan.reviewDates().isEmpty()) {
                Element reviews = xml.element(element, "Reviews");
                plan.reviewDates().forEach(date -> xml.date(reviews, "CPPreviewDate", date));
            }
        }
    }
}
