package org.caseflow.workflow;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the workflow service's child look-ups at the shared {@link CaseworkStub}. */
public class CaseworkStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        CaseworkStub casework = CaseworkStub.shared();
        context.getBeanFactory().registerSingleton("caseworkStub", casework);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("caseflowCaseworkStub",
                Map.of("caseflow.casework.url", casework.url())));
    }
}
