package org.caseflow.workflow.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.escalation.EscalationData;
import org.caseflow.journey.events.oversight.DecisionPoint;
import org.caseflow.journey.events.oversight.OversightData;
import org.caseflow.workflow.forms.FormContract;
import org.caseflow.workflow.forms.FormContracts;
import org.caseflow.workflow.forms.FormField;

/** Writes the declared journey event when its task completes, its process starts, its timer fires or its condition is met. */
class JourneyEventPublisher implements TaskListener, ExecutionListener {

    /** What made the event happen; it decides the defaults and what an escalation's event is to it. */
    enum Source {
        TASK_COMPLETED(Escalation.Kind.REVIEWED),
        JOURNEY_STARTED(null),
        TIMER_FIRED(Escalation.Kind.BREACHED),
        CONDITION_MET(Escalation.Kind.RECORDED_IN_TIME),
        MILESTONE(null);

        private final Escalation.Kind escalation;

        Source(Escalation.Kind escalation) {
            this.escalation = escalation;
        }
    }

    private final JourneyEventDeclaration declaration;
    private final Source source;
    private final JourneyEventWriter outbox;
    private final FormContracts forms;

    JourneyEventPublisher(JourneyEventDeclaration declaration, Source source, JourneyEventWriter outbox, FormContracts forms) {
        this.declaration = declaration;
        this.source = source;
        this.outbox = outbox;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskEntity entity = (TaskEntity) task;
        String worker = currentUser().orElse(task.getAssignee());
        FormContract form = entity.getProcessDefinition() == null ? FormContract.NONE
                : forms.of(entity.getTaskDefinition().getFormDefinition(), entity.getProcessDefinition(), Context.getCommandContext());
        publish(task.getExecution(), worker, candidateGroupOf(task), form);
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormContract form = FormContract.NONE;
        if (source == Source.JOURNEY_STARTED) {
            ProcessDefinitionEntity journey = (ProcessDefinitionEntity) ((ExecutionEntity) execution).getProcessDefinition();
            form = forms.of(journey.getStartFormDefinition(), journey, Context.getCommandContext());
        }
        publish(execution, currentUser().orElse(null), null, form);
    }

    private void publish(DelegateExecution execution, String worker, String taskTeam, FormContract form) {
        JourneyEventDeclaration event = declaration.withDefaults(ProcessDefaults.of(execution));
        LocalDate due = JourneyExpressions.date(event.due(), execution);
        LocalDate occurred = event.date() != null ? JourneyExpressions.date(event.date(), execution) : due;
        // whose work it is: as the element or its process says, else the group a task was offered to
        String team = event.team() != null ? JourneyExpressions.text(event.team(), execution) : taskTeam;
        outbox.write(new NewJourneyEvent(
                event.type(),
                (String) execution.getVariable(JourneyData.LA_CHILD_ID),
                (String) execution.getVariable(JourneyData.CONTACT_ID),
                (String) execution.getVariable(JourneyData.REFERRAL_ID),
                occurred, due, team, worker, execution.getProcessInstanceId(),
                data(execution, event, form)));
    }

    private Map<String, Object> data(DelegateExecution execution, JourneyEventDeclaration event, FormContract form) {
        List<String> names = new ArrayList<>(event.data() != null ? event.data() : form.fields().stream().map(FormField::key).toList());
        names.addAll(ProcessDefaults.of(execution).carry());
        Map<String, Object> data = new LinkedHashMap<>();
        for (String name : names) {
            Object value = execution.getVariable(name);
            if (value != null) {
                data.put(name, value instanceof Date date ? date.toInstant().toString() : value);
            }
        }
        // management oversight: the decision point, and the manager's direction in their words, whatever the form named it
        String oversight = event.oversight() == null ? null : JourneyExpressions.text(event.oversight(), execution);
        if (oversight != null && !oversight.isBlank()) {
            data.put(OversightData.OVERSIGHT, DecisionPoint.valueOf(oversight).name());
            Object direction = execution.getVariable(event.oversightDirection());
            if (direction != null) {
                data.put(OversightData.OVERSIGHT_DIRECTION, direction.toString());
            }
        }
        if (event.timescale() != null && source.escalation != null) {
            data.put(EscalationData.ESCALATION, source.escalation.name());
            data.put(EscalationData.TIMESCALE, JourneyExpressions.text(event.timescale(), execution));
        }
        return data;
    }

    private static String candidateGroupOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .findFirst().orElse(null);
    }

    /** Who is signed in to the engine: the worker completing a task, nobody for a timer. */
    private static Optional<String> currentUser() {
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }
}
