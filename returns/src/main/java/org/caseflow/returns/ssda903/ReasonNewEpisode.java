package org.caseflow.returns.ssda903;

import org.caseflow.returns.record.DescribedCode;

/**
 * Why an SSDA903 episode began (RNE, codes of rule 143). Caseflow writes S, L, P and T. B and U, a
 * change of placement that keeps the same carers, need a fact the case record does not hold yet, so
 * such a change is written as P (or T with a change of legal status).
 */
public enum ReasonNewEpisode implements DescribedCode {
    S("started to be looked after"),
    L("change of legal status only"),
    P("change of placement and carer(s) only"),
    T("change of both legal status and placement and carer(s) at the same time"),
    B("change of placement but not carer(s)"),
    U("change of legal status and of placement but not carer(s) at the same time");

    private final String label;

    ReasonNewEpisode(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** The episode began because the child moved: the episode before it records why (REASON_PLACE_CHANGE, rule 225). */
    public boolean isPlacementChange() {
        return this == P || this == T || this == B || this == U;
    }
}
