package org.caseflow.identity;

import org.caseflow.support.directory.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/** What the provider adds to the tokens it signs (it takes one customizer, so this is the one). */
@Configuration
class TokenClaims {

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groupsAndAudience(Directory directory, ClientGroups clientGroups,
            @Value("${caseflow.identity-provider.api-audience:caseflow-api}") String apiAudience) {
        GroupsInTokens groups = new GroupsInTokens(directory, clientGroups);
        AccessTokenAudience audience = new AccessTokenAudience(apiAudience);
        return context -> {
            groups.customize(context);
            audience.customize(context);
        };
    }
}
