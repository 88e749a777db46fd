package org.caseflow.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The demo people and their password come only with the local profile. Started any other way,
 * the provider has no one to sign in and says so rather than run: nobody can sign in with the demo
 * password. (Every other test here runs with the local profile and signs the demo people in.)
 */
class DemoPeopleOnlyLocallyTest {

    @ParameterizedTest(name = "profiles [{0}]")
    @ValueSource(strings = {"", "production", "demo"})
    void withoutTheLocalProfileThereIsNobodyToSignIn(String profile) {
        SpringApplicationBuilder provider = new SpringApplicationBuilder(IdentityProviderApplication.class)
                .profiles(profile.isEmpty() ? new String[0] : new String[] {profile})
                // what a deployment gives it: secrets of its own, none of the local profile's
                .properties("server.port=0", "GATEWAY_CLIENT_SECRET=deployment-secret", "CASEWORK_CLIENT_SECRET=deployment-secret",
                        "KPI_CLIENT_SECRET=deployment-secret", "METRICS_CLIENT_SECRET=deployment-secret");

        assertThatThrownBy(() -> provider.run().close())
                .rootCause().hasMessage("The local identity provider has no people: run it with the local profile.");
    }
}
