package org.caseflow.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The groups each service account's tokens carry, as a person's carry their teams and roles:
 * the reading services are {@code caseflow-services}, Prometheus is {@code monitoring}.
 */
@ConfigurationProperties("caseflow.identity-provider")
record ClientGroups(Map<String, List<String>> clientGroups) {

    ClientGroups {
        clientGroups = clientGroups == null ? Map.of() : Map.copyOf(clientGroups);
    }

    List<String> of(String clientId) {
        return clientGroups.getOrDefault(clientId, List.of());
    }
}
