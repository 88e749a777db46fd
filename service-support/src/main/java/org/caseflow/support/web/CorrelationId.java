package org.caseflow.support.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows one request from the gateway through every service and into every log line.
 * The gateway adds it when a caller did not; services accept it only in a safe shape so that a
 * caller cannot write arbitrary text into the logs.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    /** Key in the logging context (MDC); the log pattern prints it. */
    public static final String MDC_KEY = "correlationId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The caller's id when it is safe to log, otherwise a new one. */
    public static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && SAFE.matcher(fromCaller).matches() ? fromCaller : create();
    }

    public static String create() {
        return UUID.randomUUID().toString();
    }
}
