package org.caseflow.workflow.journey;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Adds the journey event parse listener to the engine; the Spring Boot starter picks up plugin beans. */
@Component
class JourneyEventPlugin extends AbstractProcessEnginePlugin {

    private final JourneyEventWriter outbox;

    JourneyEventPlugin(JourneyEventWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new JourneyEventParseListener(outbox));
    }
}
