package org.caseflow.workflow.identity;

import io.swagger.v3.oas.annotations.Operation;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is, as their token says: the user name and the groups the identity provider
 * gave them. Useful to check a sign-in and the groups behind what someone may do.
 */
@RestController
class IdentityController {

    @Operation(summary = "Who am I", description = """
            The caller's user name and the groups their token gives them: to check a sign-in, and the groups behind \
            what someone may do. For everyone signed in, people and service accounts.""")
    @GetMapping("/api/workflow/identity/me")
    CaseflowUser me(Authentication authentication) {
        return new CaseflowUser(authentication.getName(), CaseflowAuthorities.groupsOf(authentication));
    }
}
