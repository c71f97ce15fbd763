package vn.motcua.backbone.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The W3C trace context an event carries from the request that caused it to each consumer: stored with the outbox
 * row ({@code traceparent}, {@code tracestate}), published as Kafka headers of the same names, and read back by
 * the consumers. While a consumer applies a batch, the outbox rows it appends take the trace of the consumed event
 * with the same key (the aggregate id), so one dossier's trace goes on through every service it passes.
 */
public final class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final ThreadLocal<Map<String, Context>> CONSUMED_BY_KEY = new ThreadLocal<>();

    private EventTracing() {
    }

    /** A context as its W3C headers; null {@code traceparent} when it holds no valid span. */
    public record Carrier(String traceparent, String tracestate) {

        public static final Carrier NONE = new Carrier(null, null);

        public boolean present() {
            return traceparent != null;
        }

        /** The context these headers describe, as the remote parent of a span; the root context if none. */
        public Context context() {
            if (traceparent == null) {
                return Context.root();
            }
            Map<String, String> headers = new HashMap<>(2);
            headers.put(TRACEPARENT, traceparent);
            if (tracestate != null) {
                headers.put(TRACESTATE, tracestate);
            }
            return W3C.extract(Context.root(), headers, MapGetter.INSTANCE);
        }
    }

    /** The W3C headers of {@code context}'s span (none when it has no valid span). */
    public static Carrier carrierOf(Context context) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return Carrier.NONE;
        }
        Map<String, String> headers = new HashMap<>(2);
        W3C.inject(context, headers, Map::put);
        return new Carrier(headers.get(TRACEPARENT), headers.get(TRACESTATE));
    }

    /**
     * The trace an outbox row of aggregate {@code key} carries on: in a consumer's batch, that of the consumed event
     * with the same key; otherwise the current one (e.g. the HTTP request's).
     */
    public static Carrier forOutboxRow(String key) {
        Map<String, Context> consumed = CONSUMED_BY_KEY.get();
        if (consumed != null) {
            Context context = consumed.get(key);
            if (context != null) {
                return carrierOf(context);
            }
        }
        return carrierOf(Context.current());
    }

    /**
     * Runs {@code work} with the consumed events' contexts by key, for {@link #forOutboxRow}; on the consumer's
     * thread, for the duration of one batch transaction.
     */
    public static <T> T withConsumedContexts(Map<String, Context> byKey, Supplier<T> work) {
        Map<String, Context> outer = CONSUMED_BY_KEY.get();
        CONSUMED_BY_KEY.set(byKey);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CONSUMED_BY_KEY.remove();
            } else {
                CONSUMED_BY_KEY.set(outer);
            }
        }
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
