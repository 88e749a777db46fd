package org.caseflow.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** HTTP Basic sign-in against the Camunda identity service, which is the Caseflow user directory. */
@Component
class CamundaDirectoryAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaDirectoryAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
        return CaseflowAuthorities.authenticated(new CaseflowUser(userId, groups));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
