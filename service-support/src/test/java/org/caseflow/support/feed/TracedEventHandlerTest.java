package org.caseflow.support.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.support.tracing.CurrentTrace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A consumer applies each journey event in the trace of the request that caused it, with the
 * OpenTelemetry tracer the services run: what it writes while applying (an audit row, a log line)
 * carries that request's trace id, and its span joins the request's trace.
 */
class TracedEventHandlerTest {

    private static final String REQUEST_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final List<SpanData> finished = new ArrayList<>();
    private final SdkTracerProvider spans = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new Collecting())).build();
    private final OtelTracer tracer = new OtelTracer(spans.get("test"), new OtelCurrentTraceContext(), event -> { });
    private final AtomicReference<String> traceWhileApplying = new AtomicReference<>();

    @AfterEach
    void close() {
        spans.close();
    }

    @Test
    void anEventIsAppliedInTheTraceOfTheRequestThatCausedIt() {
        JourneyEvent event = event(REQUEST_TRACE);

        new TracedEventHandler(seen -> traceWhileApplying.set(CurrentTrace.idOrNull()), tracer).apply(event);

        assertThat(traceWhileApplying).hasValue(REQUEST_TRACE);
        assertThat(finished).singleElement().satisfies(span -> {
            assertThat(span.getTraceId()).isEqualTo(REQUEST_TRACE);
            assertThat(span.getName()).isEqualTo("journey-event ContactReceived");
            assertThat(span.getParentSpanId()).isEqualTo(event.eventId().toString().replace("-", "").substring(0, 16));
        });
        assertThat(Span.current().getSpanContext().isValid()).as("the trace ends with the event").isFalse();
    }

    @Test
    void anEventWithoutATraceIsAppliedInATraceOfItsOwn() {
        new TracedEventHandler(seen -> traceWhileApplying.set(CurrentTrace.idOrNull()), tracer).apply(event(null));

        assertThat(traceWhileApplying.get()).matches("[0-9a-f]{32}").isNotEqualTo(REQUEST_TRACE);
    }

    @Test
    void aFailureIsRecordedOnTheSpanAndPassedOn() {
        JourneyEventHandler failing = seen -> {
            throw new IllegalArgumentException("cannot be applied");
        };

        assertThatThrownBy(() -> new TracedEventHandler(failing, tracer).apply(event(REQUEST_TRACE)))
                .hasMessage("cannot be applied");
        assertThat(finished).singleElement().satisfies(span -> assertThat(span.getEvents())
                .anySatisfy(recorded -> assertThat(recorded.getName()).isEqualTo("exception")));
    }

    private static JourneyEvent event(String correlationId) {
        return new JourneyEvent(7, UUID.randomUUID(), "ContactReceived", "C7000001", "CON-700001", null,
                LocalDate.of(2025, 12, 19), Instant.now(), LocalDate.of(2025, 12, 22), "front-door", "frontdoor.worker",
                Map.of(), correlationId);
    }

    private final class Collecting implements SpanExporter {

        @Override
        public CompletableResultCode export(Collection<SpanData> exported) {
            finished.addAll(exported);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
