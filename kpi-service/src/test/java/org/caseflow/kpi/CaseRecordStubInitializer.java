package org.caseflow.kpi;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the KPI service's questions about children's records at the shared {@link CaseRecordStub}. */
public class CaseRecordStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        CaseRecordStub caseRecord = CaseRecordStub.shared();
        context.getBeanFactory().registerSingleton("caseRecordStub", caseRecord);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("caseflowCaseRecordStub",
                Map.of("caseflow.casework.url", caseRecord.url())));
    }
}
