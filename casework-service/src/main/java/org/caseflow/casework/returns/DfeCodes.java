package org.caseflow.casework.returns;

import java.util.Arrays;
import java.util.Map;
import org.caseflow.returns.record.AbuseCategory;
import org.caseflow.returns.record.CategoryOfNeed;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.caseflow.returns.record.ReasonForClosure;
import org.caseflow.returns.record.ReferralSource;

/**
 * The journey's codes, as the case record stores them, in the DfE's code sets. Most are the DfE's
 * own already (the looked-after journey records SSDA903 codes); where the journey records less than
 * the DfE asks, the nearest code that claims no more than was recorded is used, and docs/returns.md
 * lists each. A stored code no mapping knows gives no code (null), so the item is left out rather
 * than guessed, and the rules that need it say so.
 */
final class DfeCodes {

    /**
     * The front door's contact sources, coarser than the DfE's referral sources: "health services"
     * does not say which, so it is 3F (health services: other), and so on.
     */
    private static final Map<String, ReferralSource> REFERRAL_SOURCES = Map.of(
            "POLICE", ReferralSource.POLICE,
            "SCHOOL", ReferralSource.SCHOOLS,
            "HEALTH", ReferralSource.OTHER_HEALTH,
            "LA_SERVICES", ReferralSource.LA_OTHER_INTERNAL,
            "FAMILY", ReferralSource.FAMILY_MEMBER,
            "INDIVIDUAL", ReferralSource.OTHER_INDIVIDUAL,
            "OTHER_AGENCY", ReferralSource.OTHER,
            "ANONYMOUS", ReferralSource.ANONYMOUS,
            "EARLY_HELP", ReferralSource.LA_EARLY_HELP,
            "OTHER", ReferralSource.OTHER);

    private DfeCodes() {
    }

    /** A referral with no contact on the record (a direct entry to care) has an unknown source, 10. */
    static ReferralSource referralSource(String contactSource) {
        return contactSource == null ? ReferralSource.UNKNOWN : REFERRAL_SOURCES.getOrDefault(contactSource, ReferralSource.OTHER);
    }

    /** Whether an assessment found the child needs social care's support, from its outcome; null while it is open. */
    static Boolean needsSupport(String assessmentOutcome) {
        if (assessmentOutcome == null) {
            return null;
        }
        return !assessmentOutcome.equals("NO_FURTHER_ACTION") && !assessmentOutcome.equals("STEP_DOWN_TO_EARLY_HELP");
    }

    /**
     * Why an episode closed, from the record's end reason: the assessment's (or, after it, the
     * child protection work's) no further action is RC8 and its step down to Early Help RC9; the end of
     * care by adoption, death, a child arrangements order, a special guardianship order, another
     * council taking over or adult services is RC1 to RC6; any other end (a plan's) is RC7.
     */
    static ReasonForClosure reasonForClosure(String endReason) {
        if (endReason == null) {
            return ReasonForClosure.RC7;
        }
        if (endReason.equals("STEP_DOWN_TO_EARLY_HELP") || endReason.equals("SECTION_47_EARLY_HELP")) {
            return ReasonForClosure.RC9;
        }
        if (endReason.equals("NO_FURTHER_ACTION") || endReason.endsWith("_NO_FURTHER_ACTION") && !endReason.startsWith("CP_PLAN")
                && !endReason.startsWith("CIN_PLAN")) {
            return ReasonForClosure.RC8;
        }
        return switch (endReason) {
            case "CARE_CEASED_E11", "CARE_CEASED_E12" -> ReasonForClosure.RC1;
            case "CARE_CEASED_E2" -> ReasonForClosure.RC2;
            case "CARE_CEASED_E41" -> ReasonForClosure.RC3;
            case "CARE_CEASED_E45", "CARE_CEASED_E46", "CARE_CEASED_E47", "CARE_CEASED_E48" -> ReasonForClosure.RC4;
            case "CARE_CEASED_E3" -> ReasonForClosure.RC5;
            case "CARE_CEASED_E7" -> ReasonForClosure.RC6;
            default -> ReasonForClosure.RC7;
        };
    }

    static AbuseCategory abuseCategory(String category) {
        return named(AbuseCategory.class, category);
    }

    static CategoryOfNeed categoryOfNeed(String code) {
        return named(CategoryOfNeed.class, code);
    }

    static LegalStatus legalStatus(String code) {
        return named(LegalStatus.class, code);
    }

    static ReasonCeased reasonCeased(String code) {
        return named(ReasonCeased.class, code);
    }

    static PlacementProvider placementProvider(String code) {
        return named(PlacementProvider.class, code);
    }

    /**
     * The journey still offers H5, which the DfE replaced by K3 (supported accommodation) in 2025. It
     * also offers P2 (withdrawn in October 2023) and Z1 (split into Z11 to Z14), which have no single
     * code in the 2025 to 2026 list: they give none.
     */
    static PlacementType placementType(String code) {
        return "H5".equals(code) ? PlacementType.K3 : named(PlacementType.class, code);
    }

    /** The journey records a child's request to end a placement as CHRES; the DfE's code is CHILD. */
    static PlacementChangeReason placementChangeReason(String code) {
        return "CHRES".equals(code) ? PlacementChangeReason.CHILD : named(PlacementChangeReason.class, code);
    }

    private static <E extends Enum<E>> E named(Class<E> codes, String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(codes.getEnumConstants()).filter(code -> code.name().equals(name)).findFirst().orElse(null);
    }
}
