package org.caseflow.casework.childpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TasklistLinksTest {

    /** Tasklist's search, as its search box writes it into the address, for the journeys' variable laChildId. */
    @Test
    void theChildsOpenTasksAreTasklistsSearchForTheirLaChildIdAsText() {
        String link = TasklistLinks.openTasksOf("1234567");

        assertThat(link).startsWith("/camunda/app/tasklist/default/#/?searchQuery=");
        String search = URLDecoder.decode(link.substring(link.indexOf('=') + 1), StandardCharsets.UTF_8);
        assertThat(search).isEqualTo("[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"'1234567'\",\"name\":\"laChildId\"}]");
        assertThat(link.substring(link.indexOf('=') + 1)).as("nothing in it ends the address or its fragment").doesNotContain("#", "&", " ");
    }
}
