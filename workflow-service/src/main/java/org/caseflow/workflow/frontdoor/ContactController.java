package org.caseflow.workflow.frontdoor;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContactController {

    private final ContactIntake intake;

    ContactController(ContactIntake intake) {
        this.intake = intake;
    }

    /** Records a contact to the front door; the decision on it is due 1 working day after receipt. */
    @Operation(summary = "Record a contact", description = """
            Records a contact to the front door and starts its journey: the decision on it is due 1 working day after \
            it was received. For a child already known, give their LA child id: the contact is linked to their \
            record only if it is open to you (the case record is asked with your own token), and the journey then \
            names the child as the record does; an unknown id and a record closed to you get the same `400`. For a \
            child new to Caseflow, give their names and date of birth (or expected date of birth): Caseflow gives \
            them an LA child id. `receivedAt` is an ISO 8601 date-time, London time unless it carries an offset. For \
            practitioners and team managers. Answers the contact's id, the child's and when the decision is due.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only practitioners and team managers record contacts.")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "The contact is not valid: a field missing or of the wrong shape, a date in the future, or an LA child id"
                    + " with no record open to you. Nothing was recorded.",
            detail = "There is no child with LA child id C0999001 whose record you may add a contact to. Nothing was saved.")
    @ProblemResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = "dependency-unavailable",
            when = "The case record could not be asked about the known child, or the service cannot reach its database"
                    + " (`database-unavailable`). Nothing was recorded: try again after `Retry-After` seconds.",
            detail = "The case record could not be reached to check child C0999001. Nothing was recorded; try again in a minute.")
    @PostMapping("/api/workflow/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    RecordedContact record(@Valid @RequestBody NewContact contact) {
        return intake.record(contact);
    }
}
