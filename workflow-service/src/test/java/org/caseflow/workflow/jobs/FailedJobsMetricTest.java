package org.caseflow.workflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics behind the failed-job alerts, on the real engine: a job that fails counts as failing
 * while it has retries left, and as an incident once it has none, until it is retried.
 */
@WorkflowIntegrationTest
class FailedJobsMetricTest {

    @Autowired
    FailedJobsMetric metric;
    @Autowired
    MeterRegistry registry;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void aFailingJobCountsAsFailingThenAsAnIncidentOnceItsRetriesRunOut() {
        // a step that always fails, run by the job executor: a model of this test's own, removed after it
        BpmnModelInstance failing = Bpmn.createExecutableProcess("failed-jobs-metric-test").startEvent()
                .serviceTask().camundaAsyncBefore().camundaExpression("${missingBean.work()}").endEvent().done();
        String deployment = repository.createDeployment().addModelInstance("failed-jobs-metric-test.bpmn", failing).deploy().getId();
        try {
            metric.refresh();
            double failingBefore = gauge("caseflow.jobs.failing");
            double incidentsBefore = gauge("caseflow.engine.incidents");
            String instance = runtime.startProcessInstanceByKey("failed-jobs-metric-test").getId();
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();

            metric.refresh();
            assertThat(gauge("caseflow.jobs.failing")).as("not yet run").isEqualTo(failingBefore);

            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("missingBean");
            metric.refresh();
            assertThat(gauge("caseflow.jobs.failing")).as("failed once, to be tried again").isEqualTo(failingBefore + 1);
            assertThat(gauge("caseflow.engine.incidents")).isEqualTo(incidentsBefore);

            management.setJobRetries(job.getId(), 0); // as the last retry failing leaves it
            metric.refresh();
            assertThat(gauge("caseflow.jobs.failing")).as("no retries left").isEqualTo(failingBefore);
            assertThat(gauge("caseflow.engine.incidents")).as("an incident, for Cockpit").isEqualTo(incidentsBefore + 1);

            management.setJobRetries(job.getId(), 1); // retried in Cockpit
            metric.refresh();
            assertThat(gauge("caseflow.engine.incidents")).as("resolved by the retry").isEqualTo(incidentsBefore);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
