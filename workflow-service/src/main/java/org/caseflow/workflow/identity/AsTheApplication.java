package org.caseflow.workflow.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as Caseflow itself rather than as the person whose request is being served:
 * for what the application does on its own account (writing the directory on the identity
 * provider's word, reading which journeys are deployed), which the person's own permissions and
 * the journey rules for people do not govern.
 */
public final class AsTheApplication {

    private AsTheApplication() {
    }

    public static <T> T run(IdentityService identityService, Supplier<T> work) {
        Authentication signedIn = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (signedIn != null) {
                identityService.setAuthentication(signedIn);
            }
        }
    }
}
