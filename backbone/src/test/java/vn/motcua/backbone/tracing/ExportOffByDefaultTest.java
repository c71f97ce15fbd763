package vn.motcua.backbone.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without a collector named (OTEL_EXPORTER_OTLP_ENDPOINT unset: dev, ./platform, tests), spans are made but no OTLP
 * exporter runs, so nothing tries to reach localhost:4317 and no export error reaches the logs.
 */
@QuarkusTest
@TestProfile(ExportOffByDefaultTest.AsDeployed.class)
class ExportOffByDefaultTest {

    /** The application as deployed: without the tests' in-memory exporter, which would replace OTLP by itself. */
    public static class AsDeployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", InMemorySpans.class.getName());
        }
    }

    @Inject
    LateBoundSpanProcessor otlp;
    @Inject
    OpenTelemetry telemetry;

    @Test
    void noOtlpExporterRunsWithoutAnEndpointWhileSpansAreStillMade() {
        assertThat(otlp).isInstanceOf(RemoveableLateBoundSpanProcessor.class);
        Span span = telemetry.getTracer("test").spanBuilder("made anyway").startSpan();
        try {
            assertThat(span.isRecording()).isTrue();
            assertThat(EventTracing.carrierOf(Context.root().with(span)).traceparent())
                    .isEqualTo("00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId()
                            + "-01");
        } finally {
            span.end();
        }
    }
}
