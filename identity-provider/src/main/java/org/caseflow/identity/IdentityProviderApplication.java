package org.caseflow.identity;

import org.caseflow.identity.signin.SignInThrottleSettings;
import org.caseflow.support.directory.Directory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * For the local run and demos only: an OpenID Connect provider holding the demo people and the
 * services' accounts. In production the council's own provider takes its place.
 */
@SpringBootApplication
@EnableConfigurationProperties({Directory.class, ClientGroups.class, SignInThrottleSettings.class})
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
