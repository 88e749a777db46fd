package org.caseflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Names the Caseflow APIs ({@code caseflow.identity-provider.api-audience}) in the {@code aud} of
 * every access token, beside the client id already there. ID tokens keep the client id alone: the
 * services accept only tokens meant for the APIs, so an ID token sent as a bearer token is refused.
 */
class AccessTokenAudience implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String apiAudience;

    AccessTokenAudience(String apiAudience) {
        this.apiAudience = apiAudience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getClaims().claims(claims -> {
            List<String> audience = new ArrayList<>(audienceOf(claims.get(JwtClaimNames.AUD)));
            if (!audience.contains(apiAudience)) {
                audience.add(apiAudience);
            }
            claims.put(JwtClaimNames.AUD, audience);
        });
    }

    private static List<String> audienceOf(Object claim) {
        if (claim instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
