package org.caseflow.workflow.frontdoor;

import jakarta.validation.Valid;
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
    @PostMapping("/api/workflow/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    RecordedContact record(@Valid @RequestBody NewContact contact) {
        return intake.record(contact);
    }
}
