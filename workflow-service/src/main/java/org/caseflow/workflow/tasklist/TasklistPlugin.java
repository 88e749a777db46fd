package org.caseflow.workflow.tasklist;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Adds the Tasklist parse listener to the engine; the Spring Boot starter picks up plugin beans. */
@Component
class TasklistPlugin extends AbstractProcessEnginePlugin {

    private final TimescaleStatus timescaleStatus;

    TasklistPlugin(TimescaleStatus timescaleStatus) {
        this.timescaleStatus = timescaleStatus;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new TasklistParseListener(timescaleStatus));
    }
}
