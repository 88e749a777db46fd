package org.caseflow.casework.childsearch;

import java.util.List;

/**
 * What the search page shows.
 *
 * @param query   what was searched for, as typed; empty before a search
 * @param searched whether a search was run (a blank box shows the form alone)
 * @param found   the children found that the person may see, at most {@link ChildSearchController#MOST_SHOWN}
 * @param more    whether more children than those were found
 * @param problem why the search could not be run; null when it could
 */
public record SearchPage(String query, boolean searched, List<FoundChild> found, boolean more, String problem) {

    static SearchPage blank() {
        return new SearchPage("", false, List.of(), false, null);
    }

    static SearchPage unusable(String query, String problem) {
        return new SearchPage(query, false, List.of(), false, problem);
    }

    public int mostShown() {
        return ChildSearchController.MOST_SHOWN;
    }

    /** The child's record page. */
    public String recordLink(FoundChild child) {
        return "/children/" + child.laChildId();
    }
}
