package org.caseflow.support.security;

import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Which tokens a Caseflow service accepts as a bearer token: signed with the provider's keys, from
 * its issuer, addressed to Caseflow's services and current.
 * <ul>
 *   <li><b>Audience.</b> The token's {@code aud} must contain the services' audience
 *       ({@code caseflow-api} unless configured otherwise). The provider adds it to the access
 *       tokens it issues; an ID token is addressed only to the client that signed the person in
 *       (the gateway), so it proves who signed in there but is refused here.</li>
 *   <li><b>Expiry.</b> At most {@link #CLOCK_SKEW} of difference between the provider's clock and
 *       ours is forgiven, so a token is refused at most that long after it expired.</li>
 * </ul>
 */
public final class ServiceTokens {

    public static final String DEFAULT_AUDIENCE = "caseflow-api";
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private ServiceTokens() {
    }

    /** Checks the provider's tokens against its keys at {@code jwkSetUri} and with {@link #validator}. */
    public static JwtDecoder decoder(String jwkSetUri, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    /** What a signed token must also satisfy: the issuer, the audience and the expiry (with {@link #CLOCK_SKEW}). */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("An audience is required: without one every token of the provider would be accepted");
        }
        // the defaults (such as a certificate-bound token's thumbprint) stay; the given timestamp rule replaces theirs
        return JwtValidators.createDefaultWithValidators(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience));
    }
}
