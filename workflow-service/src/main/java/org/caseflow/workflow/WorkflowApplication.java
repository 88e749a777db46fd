package org.caseflow.workflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.caseflow.support.directory.Directory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableProcessApplication("caseflow")
@EnableConfigurationProperties(Directory.class)
public class WorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkflowApplication.class, args);
    }
}
