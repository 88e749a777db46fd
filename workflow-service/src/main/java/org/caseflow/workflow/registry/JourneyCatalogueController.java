package org.caseflow.workflow.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journeys Caseflow runs, as deployed: what each is for, who starts it, its steps and the
 * statutory rules that time them. Documentation that cannot fall behind the BPMN.
 */
@RestController
class JourneyCatalogueController {

    private final JourneyRegistry registry;

    JourneyCatalogueController(JourneyRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/workflow/journeys")
    List<Journey> journeys() {
        return registry.journeys();
    }
}
