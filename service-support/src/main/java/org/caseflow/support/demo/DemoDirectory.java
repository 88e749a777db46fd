package org.caseflow.support.demo;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo teams and people of the local run ({@code caseflow-demo-directory.yml}, imported by the
 * local profile only): the local identity provider signs them in, workflow-service's directory
 * knows their teams.
 *
 * @param password the one password every demo person has
 * @param groups   group id to its name
 * @param users    user id to the person
 */
@ConfigurationProperties("caseflow.demo-directory")
public record DemoDirectory(String password, Map<String, String> groups, Map<String, Person> users) {

    public DemoDirectory {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    public record Person(String name, String role, List<String> groups) {

        public String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        public String lastName() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }
}
