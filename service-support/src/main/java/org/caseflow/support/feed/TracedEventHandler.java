package org.caseflow.support.feed;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.regex.Pattern;
import org.caseflow.journey.events.JourneyEvent;

/**
 * Applies each journey event in the trace of the request that caused it: the event carries that
 * request's trace id as its {@code correlationId}, and the span opened here joins that trace, so
 * the consumer's log lines, audit rows and spans carry the same id as the gateway's and
 * workflow-service's. An event with no trace (a timer) is applied in a trace of its own.
 * <p>
 * The feed carries the trace id but not the id of the span that wrote the event; the span here
 * names the event as its parent instead (its id's first 16 hex digits), which places it in the
 * trace under the request.
 */
final class TracedEventHandler implements JourneyEventHandler {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    private final JourneyEventHandler handler;
    private final Tracer tracer;

    TracedEventHandler(JourneyEventHandler handler, Tracer tracer) {
        this.handler = handler;
        this.tracer = tracer;
    }

    @Override
    public void apply(JourneyEvent event) {
        Span span = spanFor(event).name("journey-event " + event.type())
                .tag("caseflow.event.id", event.eventId().toString())
                .tag("caseflow.event.position", event.position())
                .start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            handler.apply(event);
        } catch (RuntimeException failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    private Span.Builder spanFor(JourneyEvent event) {
        String traceId = event.correlationId();
        if (traceId == null || !TRACE_ID.matcher(traceId).matches()) {
            return tracer.spanBuilder().setNoParent();
        }
        TraceContext request = tracer.traceContextBuilder()
                .traceId(traceId)
                .spanId(event.eventId().toString().replace("-", "").substring(0, 16))
                .sampled(true)
                .build();
        return tracer.spanBuilder().setParent(request);
    }
}
