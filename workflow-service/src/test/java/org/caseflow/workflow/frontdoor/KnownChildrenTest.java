package org.caseflow.workflow.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.CaseworkStub;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Work on a child's whole case (taking over its allocation, taking the child into care) reads the child's whole record
 * from casework-service, with the person's own token, over real HTTP: the summary it answers holds much more than who
 * the child is, and the journey takes who the child is from it.
 */
@WorkflowIntegrationTest
class KnownChildrenTest {

    @Autowired
    KnownChildren knownChildren;
    @Autowired
    CaseworkStub casework;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theChildsWholeRecordIsReadForWhoTheChildIsThoughItSaysMore() {
        casework.record("C7700001", "Ava", "Whole", "2015-01-01", "north.manager");
        signIn("north.manager");
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(JourneyData.LA_CHILD_ID)).thenReturn("C7700001");

        assertThat(knownChildren.linkToRecord(execution)).isTrue();

        verify(execution).setVariable(JourneyData.CHILD_GIVEN_NAME, "Ava");
        verify(execution).setVariable(JourneyData.CHILD_FAMILY_NAME, "Whole");
        assertThat(casework.lookups()).contains("north.manager C7700001");
    }

    /** A person's bearer token as the gateway relays it; the stand-in reads who it names. */
    private static void signIn(String person) {
        String claims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"preferred_username\":\"" + person + "\"}").getBytes(StandardCharsets.UTF_8));
        Jwt jwt = Jwt.withTokenValue("e30." + claims + ".signature").header("alg", "none").claim("preferred_username", person).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
