package org.caseflow.returns.annexa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Contact;

/** List 1: every contact received in the period. */
final class ContactsList {

    static final List<String> HEADINGS = ChildColumns.headings(List.of("Date of Contact", "Contact Source"));

    private ContactsList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            child.contacts().stream()
                    .filter(contact -> period.contains(contact.receivedOn()))
                    .sorted(Comparator.comparing(Contact::receivedOn))
                    .forEach(contact -> {
                        List<Object> row = ChildColumns.row(child, period);
                        row.add(contact.receivedOn());
                        row.add(Labels.coded(contact.source()));
                        rows.add(row);
                    });
        }
        return new AnnexAList("List 1", HEADINGS, rows);
    }
}
