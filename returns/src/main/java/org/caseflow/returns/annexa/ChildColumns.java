package org.caseflow.returns.annexa;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Person;

/** The columns every list starts with: who the child is, as at the end of the period. */
final class ChildColumns {

    static final List<String> HEADINGS = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");
    static final String DISABILITY = "Does the Child have a Disability";

    private ChildColumns() {
    }

    /** A new row holding the child's columns, for the list to add its own to. */
    static List<Object> row(ChildRecord child, AnnexAPeriod period) {
        Person person = child.person();
        List<Object> row = new ArrayList<>();
        row.add(child.laChildId());
        row.add(Labels.gender(person.sex()));
        row.add(Labels.ethnicity(person.ethnicity()));
        row.add(person.dateOfBirth());
        row.add(age(person.dateOfBirth(), period.to()));
        return row;
    }

    static String disability(ChildRecord child) {
        return Labels.yesNo(child.person().hasDisability());
    }

    /** Whole years at {@code on}; none for an unborn child. */
    static Integer age(LocalDate born, LocalDate on) {
        if (born == null || born.isAfter(on)) {
            return null;
        }
        return Period.between(born, on).getYears();
    }

    static List<String> headings(List<String> own) {
        List<String> headings = new ArrayList<>(HEADINGS);
        headings.addAll(own);
        return headings;
    }
}
