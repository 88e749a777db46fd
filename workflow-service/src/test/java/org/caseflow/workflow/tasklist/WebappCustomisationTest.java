package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The webapps are served Caseflow's customisations, not Camunda's defaults of the same name: the
 * end-of-life banner hidden, dates the English way in London time, Tasklist sorted by due date.
 * What they do in a browser is checked by {@code scripts/tasklist-check.mjs}.
 */
@WorkflowIntegrationTest
class WebappCustomisationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyWebappHidesTheEndOfLifeBannerAndShowsEnglishDates(String webapp) {
        TestRestTemplate admin = identity.as(http, "admin");

        assertThat(served(admin, "/camunda/app/" + webapp + "/styles/user-styles.css")).contains("@import url('../../caseflow/webapps.css')");
        assertThat(served(admin, "/camunda/app/" + webapp + "/scripts/config.js"))
                .contains("'../caseflow/sign-out'", "'../caseflow/english-dates'", "normal: 'DD/MM/YYYY HH:mm'", "short: 'DD/MM/YYYY'");
    }

    @Test
    void theBannerIsHiddenDatesAreLondonsAndTasklistOpensSortedByDueDate() {
        TestRestTemplate worker = identity.as(http, "north.worker");

        assertThat(served(worker, "/camunda/app/caseflow/webapps.css")).containsPattern("\\.ce-eol-banner \\{\\s*display: none;");
        assertThat(served(worker, "/camunda/app/tasklist/scripts/config.js")).contains("'../caseflow/tasklist-sorting'");
        assertThat(served(worker, "/camunda/app/caseflow/tasklist-sorting.js")).contains("sortBy: 'dueDate', sortOrder: 'asc'");
        assertThat(served(worker, "/camunda/app/caseflow/english-dates.js")).contains("'Europe/London'", "'en-GB'");
    }

    private static String served(TestRestTemplate person, String path) {
        ResponseEntity<String> file = person.getForEntity(path, String.class);
        assertThat(file.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return file.getBody();
    }
}
