package org.caseflow.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a service under test trust {@link TestIdentity} as its OpenID Connect provider (and fetch
 * its own client-credentials tokens there), and offers the provider as a bean.
 */
public class TestIdentityInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestIdentity identity = TestIdentity.shared();
        context.getBeanFactory().registerSingleton("testIdentity", identity);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("caseflowTestIdentity", Map.of(
                "OIDC_ISSUER_URI", identity.issuer(),
                "OIDC_INTERNAL_URI", identity.issuer())));
    }
}
