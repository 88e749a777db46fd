package org.caseflow.workflow.identity;

import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is. The other services sign people in by asking this with the caller's own
 * credentials (see {@code DirectoryClient}).
 */
@RestController
class IdentityController {

    @GetMapping("/api/workflow/identity/me")
    CaseflowUser me(Authentication authentication) {
        return new CaseflowUser(authentication.getName(), CaseflowAuthorities.groupsOf(authentication));
    }
}
