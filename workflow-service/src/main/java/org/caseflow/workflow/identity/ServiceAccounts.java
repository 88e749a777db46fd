package org.caseflow.workflow.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts that other Caseflow services (not people) sign in with: to read the journey event feed
 * and to scrape metrics. Passwords come from the environment only.
 */
@ConfigurationProperties("caseflow")
record ServiceAccounts(Map<String, Account> serviceAccounts) {

    ServiceAccounts {
        serviceAccounts = serviceAccounts == null ? Map.of() : Map.copyOf(serviceAccounts);
    }

    record Account(String password, List<String> groups) {

        Account {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        boolean enabled() {
            return password != null && !password.isBlank();
        }
    }
}
