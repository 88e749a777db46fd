package org.caseflow.returns.record;

/** How a looked-after child took part in their review (SSDA903 {@code REVIEW_CODE}). */
public enum ReviewParticipation implements DescribedCode {
    PN0("child aged under 4 at the time of the review"),
    PN1("child physically attends and speaks for themselves"),
    PN2("child physically attends and an advocate speaks for them"),
    PN3("child attends and conveys their view symbolically"),
    PN4("child physically attends but does not speak or convey their view, nor ask an advocate to"),
    PN5("child does not attend physically but briefs an advocate to speak for them"),
    PN6("child does not attend but conveys their feelings by a facilitative medium"),
    PN7("child does not attend nor are their views conveyed");

    private final String label;

    ReviewParticipation(String label) {
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
}
