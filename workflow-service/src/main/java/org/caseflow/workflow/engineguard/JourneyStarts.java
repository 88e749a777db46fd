package org.caseflow.workflow.engineguard;

import static org.caseflow.workflow.engineguard.Refusals.badValue;
import static org.caseflow.workflow.engineguard.Refusals.notAllowed;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.caseflow.workflow.forms.FormContract;
import org.caseflow.workflow.forms.FormContracts;

/**
 * A person starts a journey only at its start event, with only its start form's fields. A journey
 * a person may start has a start form (the front door's contact); the others are started by the
 * journey before them (an assessment by a referral), never by hand. Who may start which journey is
 * Camunda's authorization (CREATE_INSTANCE), checked by the command itself.
 */
final class JourneyStarts {

    private final FormContracts forms;

    JourneyStarts(FormContracts forms) {
        this.forms = forms;
    }

    void check(StartProcessInstanceCmd command, CommandContext context) {
        ProcessInstantiationBuilderImpl start = CommandFields.read(command, "instantiationBuilder");
        if (start.getCaseInstanceId() != null || start.getTenantId() != null || start.getProcessDefinitionTenantId() != null) {
            throw notAllowed("A journey is started without a case instance or tenant.");
        }
        ProcessDefinitionEntity journey = start.getProcessDefinitionId() != null
                ? deployments(context).findDeployedProcessDefinitionById(start.getProcessDefinitionId())
                : deployments(context).findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey());
        check(journey, start.getBusinessKey(), start.getVariables(), context);
    }

    void check(SubmitStartFormCmd command, CommandContext context) {
        String definitionId = CommandFields.read(command, "processDefinitionId");
        check(deployments(context).findDeployedProcessDefinitionById(definitionId), CommandFields.read(command, "businessKey"),
                CommandFields.read(command, "variables"), context);
    }

    private void check(ProcessDefinitionEntity journey, String businessKey, Map<String, Object> variables, CommandContext context) {
        if (journey.getStartFormDefinition() == null || journey.getStartFormDefinition().getCamundaFormDefinitionKey() == null) {
            throw notAllowed("The journey " + journey.getKey() + " is started by the journey before it, not by hand.");
        }
        if (businessKey != null && !businessKey.isBlank()) {
            throw badValue("businessKey", "The journey gives the contact its id: leave the business key empty.");
        }
        FormContract form = forms.of(journey.getStartFormDefinition(), journey, context);
        // what the form requires is the journey's own rule to check at its start: a contact for a
        // known child takes the child's names from the record, not from the person
        SubmittedValues.check(variables, form, name -> null, false);
    }

    private static DeploymentCache deployments(CommandContext context) {
        return context.getProcessEngineConfiguration().getDeploymentCache();
    }
}
