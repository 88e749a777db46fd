package org.caseflow.workflow.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The form of a start event or user task, as deployed with its journey ({@code camunda:formRef}
 * with {@code formRefBinding="deployment"}: the form lives in the same deployment as the BPMN).
 * Deployments never change, so each one's forms are read once.
 */
@Component
public class FormContracts {

    private static final String DEPLOYMENT_BINDING = "deployment";

    private final Map<String, Map<String, FormContract>> byDeployment = new ConcurrentHashMap<>();

    public FormContract of(FormDefinition form, ProcessDefinitionEntity definition, CommandContext context) {
        Expression key = form == null ? null : form.getCamundaFormDefinitionKey();
        if (key == null) {
            return FormContract.NONE;
        }
        if (!DEPLOYMENT_BINDING.equals(form.getCamundaFormDefinitionBinding())) {
            // a form bound otherwise could differ from the one the journey was deployed with
            throw new IllegalStateException("Form " + key.getExpressionText() + " of " + definition.getKey()
                    + " must be bound to its deployment (formRefBinding=\"deployment\")");
        }
        FormContract contract = formsOf(definition.getDeploymentId(), context).get(key.getExpressionText());
        if (contract == null) {
            throw new IllegalStateException("Form " + key.getExpressionText() + " is not in the deployment of " + definition.getKey());
        }
        return contract;
    }

    private Map<String, FormContract> formsOf(String deploymentId, CommandContext context) {
        return byDeployment.computeIfAbsent(deploymentId, id -> {
            Map<String, FormContract> forms = new HashMap<>();
            for (ResourceEntity resource : context.getResourceManager().findResourcesByDeploymentId(id)) {
                if (resource.getName().endsWith(".form")) {
                    FormContract contract = FormContract.parse(resource.getBytes());
                    forms.put(contract.formId(), contract);
                }
            }
            return Map.copyOf(forms);
        });
    }
}
