package org.caseflow.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.caseflow.testsupport.DirectoryStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server standing in for workflow-service's who-am-I endpoint. */
class DirectoryClientTest {

    private final DirectoryStub directory = DirectoryStub.start()
            .user("north.worker", "demo", "team-north", "social-workers");

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    private DirectoryClient client() {
        return new DirectoryClient(URI.create(directory.url()), Duration.ofMinutes(1));
    }

    @Test
    void rightCredentialsNameTheUserAndGroups() {
        assertThat(client().authenticate("north.worker", "demo"))
                .contains(new CaseflowUser("north.worker", List.of("team-north", "social-workers")));
    }

    @Test
    void wrongCredentialsAreRejected() {
        assertThat(client().authenticate("north.worker", "guess")).isEmpty();
    }

    @Test
    void aRecentAnswerIsRememberedButARejectionIsNot() {
        DirectoryClient client = client();
        client.authenticate("north.worker", "demo");
        client.authenticate("north.worker", "demo");
        client.authenticate("north.worker", "guess");
        client.authenticate("north.worker", "guess");

        assertThat(directory.lookups()).isEqualTo(3);
    }

    @Test
    void aSilentDirectoryIsAnOutageNotABadPassword() {
        DirectoryClient client = client();
        directory.close();

        assertThatThrownBy(() -> client.authenticate("north.worker", "demo"))
                .isInstanceOf(DirectoryUnavailableException.class);
    }
}
