package org.caseflow.kpi.workforce;

import org.caseflow.support.directory.Directory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The council's directory ({@code caseflow.directory}, the same settings workflow-service reads): the people, their
 * teams, service, whether they hold cases, their ASYE, employment and FTE, which the workforce measures count. With
 * no directory configured it is empty, and the workforce measures have no one to count.
 */
@Configuration
@EnableConfigurationProperties(Directory.class)
class WorkforceDirectory {
}
