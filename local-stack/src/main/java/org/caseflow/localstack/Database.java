package org.caseflow.localstack;

/** How to reach one database. */
public record Database(String jdbcUrl, String username, String password) {
}
