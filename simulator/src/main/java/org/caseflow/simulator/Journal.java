package org.caseflow.simulator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Writes the council's steps to its sink, numbered in the order they happen. */
final class Journal {

    private final StepSink sink;
    private long steps;

    Journal(StepSink sink) {
        this.sink = sink;
    }

    /** A step of {@code type} on {@code day}, to be filled in and then {@link Entry#record() recorded}. */
    Entry step(String type, LocalDate day) {
        return new Entry(type, day);
    }

    long recorded() {
        return steps;
    }

    /** One step being written. Dates and codes in its data are written as the contract carries them: ISO dates, enum names. */
    final class Entry {

        private final String type;
        private final LocalDate day;
        private String laChildId;
        private String contactId;
        private String referralId;
        private LocalDate dueOn;
        private String team;
        private String worker;
        private final Map<String, Object> data = new HashMap<>();

        private Entry(String type, LocalDate day) {
            this.type = type;
            this.day = day;
        }

        Entry of(Episode episode) {
            this.laChildId = episode.child.laChildId;
            this.contactId = episode.contactId;
            this.referralId = episode.referralId;
            return this;
        }

        Entry of(Child child) {
            this.laChildId = child.laChildId;
            return this;
        }

        Entry contact(String contactId) {
            this.contactId = contactId;
            return this;
        }

        Entry due(LocalDate dueOn) {
            this.dueOn = dueOn;
            return this;
        }

        Entry by(String team, String worker) {
            this.team = team;
            this.worker = worker;
            return this;
        }

        /** A fact recorded with the step; null values are left out, as a form leaves an empty field out. */
        Entry with(String key, Object value) {
            if (value instanceof LocalDate date) {
                data.put(key, date.toString());
            } else if (value instanceof Enum<?> code) {
                data.put(key, code.name());
            } else if (value != null) {
                data.put(key, value);
            }
            return this;
        }

        void record() {
            sink.accept(new JourneyStep(++steps, type, day, laChildId, contactId, referralId, dueOn, team, worker, data));
        }
    }
}
