package org.caseflow.casework.childsearch;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.casework.childsearch.SearchTerms.UnusableSearch;
import org.caseflow.casework.pages.PageHeaders;
import org.caseflow.casework.pages.PageWords;
import org.caseflow.casework.pages.RenderedPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /children?q=}: practitioners find a child by name, date of birth or LA child id,
 * among the records open to them. A child whose record is closed to the person (restricted, or
 * looked after by other teams) is left out as if no such child were recorded: the results, their
 * number and the "more found" line are what they would be without that child, so the search
 * leaves no hint of them. Their record's team still sees, in its audit trail, that the search came
 * across it ({@code READ_DENIED}).
 *
 * <p>The audit trail is kept per child (every entry names one), so a search is audited on each
 * child it shows ({@code SEARCH_RESULT}, with what was searched for), in the same transaction: no
 * audit entry, no result. A search that shows nobody leaves no entry.
 */
@Controller
@RenderedPage
class ChildSearchController {

    static final int MOST_SHOWN = 50;
    static final String RESULT_ACTION = "SEARCH_RESULT";

    private final ChildSearch search;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final PageWords words;

    ChildSearchController(ChildSearch search, ChildAccess access, AuditTrail audit, PageWords words) {
        this.search = search;
        this.access = access;
        this.audit = audit;
        this.words = words;
    }

    @GetMapping("/children")
    @Transactional
    String search(@RequestParam(required = false) String q, Authentication caller, Model model, HttpServletResponse response) {
        model.addAttribute("nonce", PageHeaders.secure(response));
        model.addAttribute("words", words);
        model.addAttribute("page", results(q, caller, response));
        return "child-search";
    }

    private SearchPage results(String q, Authentication caller, HttpServletResponse response) {
        if (q == null || q.isBlank()) {
            return SearchPage.blank();
        }
        SearchTerms terms;
        try {
            terms = SearchTerms.parse(q);
        } catch (UnusableSearch unusable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return SearchPage.unusable(q, unusable.getMessage());
        }
        String searchedFor = "search for \"" + terms.text() + "\"";
        List<FoundChild> shown = new ArrayList<>();
        boolean more = false;
        // judged in the results' order until one past the most shown, so the children shown are the
        // same whether or not a closed record is among those found
        for (FoundChild child : search.matching(terms)) {
            if (!access.isOpenTo(caller, child.laChildId(), "SEARCH \"" + terms.text() + "\"")) {
                continue;
            }
            if (shown.size() == MOST_SHOWN) {
                more = true;
                break;
            }
            shown.add(child);
        }
        for (FoundChild child : shown) {
            audit.record(caller.getName(), RESULT_ACTION, child.laChildId(), "Shown in the results of a " + searchedFor);
        }
        return new SearchPage(terms.text(), true, shown, more, null);
    }
}
