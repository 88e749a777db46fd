package org.caseflow.kpi.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.kpi.workforce.rules.CaseHoldingWorker;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Directory.Person;
import org.caseflow.support.directory.Employment;
import org.caseflow.support.directory.Service;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.stereotype.Component;

/**
 * The workforce as the directory describes it now. The directory keeps no history of who joined, left or changed
 * hours, so a past month is counted with today's people; only the ASYE is dated (a worker is in it for the 12 months
 * from its start).
 */
@Component
public class Workforce {

    private final Directory directory;

    Workforce(Directory directory) {
        this.directory = directory;
    }

    /** The case-holding social workers, as the rules see them at the end of {@code date}. */
    public List<CaseHoldingWorker> caseHoldersOn(LocalDate date) {
        return directory.people().entrySet().stream()
                .filter(person -> person.getValue().caseHolding())
                .map(person -> new CaseHoldingWorker(person.getKey(), person.getValue().fte(),
                        person.getValue().employment() == Employment.PERMANENT, person.getValue().inAsyeOn(date)))
                .toList();
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(directory.people().get(id));
    }

    /** The service {@code worker} works in; empty for one the directory does not know or gives none. */
    public Optional<Service> serviceOf(String worker) {
        return person(worker).map(Person::service);
    }

    /**
     * The team {@code worker} belongs to: the first of their groups that has managers of its own in the directory
     * ({@code team-north}, managed by {@code team-north-managers}), which role groups such as {@code social-workers}
     * do not.
     */
    public Optional<String> teamOf(String worker) {
        Map<String, String> groups = directory.groups();
        return person(worker).flatMap(person -> person.groups().stream()
                .filter(group -> groups.containsKey(CaseflowGroups.managersOf(group)))
                .findFirst());
    }

    /** A group's name ({@code team-north}: Assessment Team North), or its id for a group the directory does not name. */
    public String nameOf(String group) {
        return directory.groups().getOrDefault(group, group);
    }
}
