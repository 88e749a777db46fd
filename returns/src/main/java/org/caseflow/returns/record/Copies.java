package org.caseflow.returns.record;

import java.util.List;

/** The records' lists are never null and never change after the record is made. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
