import io.opentelemetry.api.trace.*;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.*;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.*;

/**
 * bench/TraceCost.java: what tracing adds to one reception when no collector is named (issue 18 item 4), against the
 * same work with OpenTelemetry's no-op API (tracing absent). Per reception: the HTTP server span and the row's
 * traceparent (backbone EventTracing), the relay's PRODUCER span and header, and three consumers' CONSUMER spans
 * (workflow, document, stats), with the SDK as the services configure it (parent-based sampling, no exporter).
 * Run: java -cp "$(ls ~/.m2/repository/io/opentelemetry/opentelemetry-{api,context,sdk-trace,sdk-common,common}/1.57.0/*.jar
 * | tr '\n' :)" bench/TraceCost.java [off]
 */
public class TraceCost {
    static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    static final TextMapGetter<Map<String, String>> GET = new TextMapGetter<>() {
        public Iterable<String> keys(Map<String, String> c) { return c.keySet(); }
        public String get(Map<String, String> c, String k) { return c == null ? null : c.get(k); }
    };
    static long sink;

    public static void main(String[] args) {
        boolean off = args.length > 0 && args[0].equals("off");
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(1.0))).build(); // no processor: no export
        Tracer tracer = off ? TracerProvider.noop().get("x") : provider.get("bench");
        int n = 200_000;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                // the HTTP server span (Quarkus), current while the outbox row is written
                Span server = tracer.spanBuilder("POST /api/v1/dossiers").setSpanKind(SpanKind.SERVER).startSpan();
                Map<String, String> row = new HashMap<>(2);
                try (Scope s = server.makeCurrent()) {
                    if (Span.current().getSpanContext().isValid()) W3C.inject(Context.current(), row, Map::put);
                }
                server.end();
                // the relay: a PRODUCER span child of the stored context, written as the header
                Context parent = row.isEmpty() ? Context.root() : W3C.extract(Context.root(), row, GET);
                Span send = tracer.spanBuilder("motcua.dossier publish").setParent(parent)
                        .setSpanKind(SpanKind.PRODUCER).setAttribute("messaging.message.id", "id" + i).startSpan();
                Map<String, String> header = new HashMap<>(2);
                W3C.inject(Context.root().with(send), header, Map::put);
                send.end();
                // three consumers: a CONSUMER span each, child of the header
                for (int c = 0; c < 3; c++) {
                    Context remote = W3C.extract(Context.root(), header, GET);
                    Span consume = tracer.spanBuilder("x process").setParent(remote).setSpanKind(SpanKind.CONSUMER)
                            .setAttribute("messaging.message.id", "id" + i).startSpan();
                    consume.end();
                }
                sink += header.size();
            }
            long ns = (System.nanoTime() - t0) / n;
            System.out.printf("%s: %d ns per reception (server span + row context + publish span + 3 consumer spans)%n",
                    off ? "noop (SDK disabled)" : "SDK, no exporter", ns);
        }
    }
}
