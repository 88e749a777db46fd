package org.caseflow.returns.record;

/**
 * Why a child has no unique pupil number (CIN census {@code UPNunknown}, N00135; SSDA903 {@code UPN}
 * when there is none). The meaning of each code is the DfE's code set; SSDA903 accepts only UN1 to
 * UN5 (its rule 168), the CIN census UN1 to UN7, where UN7 marks a referral with no further action
 * (CIN rule 8772).
 */
public enum UpnUnknownReason implements DfeCode {
    UN1, UN2, UN3, UN4, UN5, UN6, UN7;

    @Override
    public String code() {
        return name();
    }
}
