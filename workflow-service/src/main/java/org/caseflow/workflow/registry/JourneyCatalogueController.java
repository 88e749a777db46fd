package org.caseflow.workflow.registry;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "The journeys Caseflow runs", description = """
            Each journey as deployed: its key and name, what it is for, who starts it, and its steps (user tasks, \
            timers, messages) with the statutory or local rule that times each. Read from the BPMN, so it cannot \
            fall behind it. For everyone signed in.""")
    @GetMapping("/api/workflow/journeys")
    List<Journey> journeys() {
        return registry.journeys();
    }
}
