package org.caseflow.workflow.engineguard;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.caseflow.workflow.forms.FormContracts;

/**
 * Puts the {@link PersonCommandGuard} into the engine's command chain, inside the command context
 * (so it can read the task or journey a command names) and before the command runs.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private final FormContracts forms;

    EngineGuardPlugin(FormContracts forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new PersonCommandGuard(forms));
    }
}
