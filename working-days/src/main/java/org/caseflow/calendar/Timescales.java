package org.caseflow.calendar;

/** Every timescale a journey may time: the statutory ones, and this council's local ones. */
public final class Timescales {

    private final LocalTimescales local;

    public Timescales(LocalTimescales local) {
        this.local = local;
    }

    /** The timescale with this rule id ({@code T3}, {@code T10}). */
    public Timescale byId(String id) {
        return local.byId(id).<Timescale>map(timescale -> timescale).orElseGet(() -> StatutoryTimescale.byId(id));
    }
}
