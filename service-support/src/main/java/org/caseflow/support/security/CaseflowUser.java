package org.caseflow.support.security;

import java.util.List;

/**
 * A person or service account as the identity provider names them: an id and the groups they
 * belong to. Groups carry both the team ({@code team-north}) and the role ({@code team-managers}).
 */
public record CaseflowUser(String userId, List<String> groups) {

    public CaseflowUser {
        groups = List.copyOf(groups);
    }
}
