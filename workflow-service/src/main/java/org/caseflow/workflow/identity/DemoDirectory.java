package org.caseflow.workflow.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo teams and people of the local run ({@code application-local.yml}). */
@ConfigurationProperties("caseflow.demo-directory")
record DemoDirectory(String password, Map<String, String> groups, Map<String, Person> users) {

    DemoDirectory {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    record Person(String name, String role, List<String> groups) {

        String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        String lastName() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }
}
