package org.caseflow.workflow.journey;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.caseflow.workflow.forms.FormContracts;
import org.springframework.stereotype.Component;

/** Adds the journey event parse listener to the engine; the Spring Boot starter picks up plugin beans. */
@Component
class JourneyEventPlugin extends AbstractProcessEnginePlugin {

    private final JourneyEventWriter outbox;
    private final FormContracts forms;

    JourneyEventPlugin(JourneyEventWriter outbox, FormContracts forms) {
        this.outbox = outbox;
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new JourneyEventParseListener(outbox, forms));
    }
}
