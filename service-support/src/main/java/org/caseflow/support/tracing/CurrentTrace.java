package org.caseflow.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;

/**
 * The trace the current work belongs to, as the tracer (Micrometer Tracing over OpenTelemetry)
 * holds it. Its trace id is what people know as the correlation id: returned as
 * {@value #HEADER} on every response and written into log lines, problem details, audit rows and
 * journey events, so that one id finds a request everywhere and opens it in the trace viewer.
 */
public final class CurrentTrace {

    /** The response header that gives the caller the trace id of their request. */
    public static final String HEADER = "X-Correlation-Id";
    /**
     * The name of the trace id in the logging context (the log patterns print {@code %X{correlationId}}),
     * in problem details and in request attributes.
     */
    public static final String NAME = "correlationId";

    private CurrentTrace() {
    }

    /** The trace id of the work in progress, if it is part of a trace (a request, an event applied). */
    public static Optional<String> id() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }

    /** The trace id, or {@code null} outside any trace (a timer, start-up work). */
    public static String idOrNull() {
        return id().orElse(null);
    }
}
