package org.caseflow.workflow.journey;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.workflow.forms.FormContracts;
import org.springframework.stereotype.Component;

/** Adds the journey event parse listener to the engine; the Spring Boot starter picks up plugin beans. */
@Component
class JourneyEventPlugin extends AbstractProcessEnginePlugin {

    private final JourneyEventWriter outbox;
    private final FormContracts forms;
    private final Timescales timescales;
    private final WorkingDayCalendar calendar;

    JourneyEventPlugin(JourneyEventWriter outbox, FormContracts forms, Timescales timescales, WorkingDayCalendar calendar) {
        this.outbox = outbox;
        this.forms = forms;
        this.timescales = timescales;
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new JourneyEventParseListener(outbox, forms, timescales, calendar));
    }
}
