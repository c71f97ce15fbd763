package vn.motcua.backbone.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import vn.motcua.backbone.tracing.EventTracing;

/**
 * The one way MotCua services consume events: a whole poll of records applied in one transaction, each event at
 * most once per consumer, with one failure rule for everybody.
 * <ul>
 * <li>Permanent ({@link InvalidEventException}: no CloudEvents envelope, a body that does not fit its payload, an
 * unknown type or version): only that record goes to {@code <topic>.dlq.<service>} with the reason; the rest of
 * the batch is applied.</li>
 * <li>Anything else is treated as transient (connection lost, deadlock, serialization failure, a dependency down,
 * {@link TransientEventException}): the SAME batch is retried with capped exponential backoff, and the method does
 * not return, so the connector acknowledges nothing past it and each key keeps its order. The stall shows in
 * {@link ConsumerStalls}. An unforeseen exception stalls rather than losing an event.</li>
 * </ul>
 * Tracing: each poll runs in a span of its own, and each fresh event's handling in a CONSUMER span that is a child
 * of the trace the event carries ({@code traceparent} header; a new trace if it has none) and links the poll's span.
 * The outbox rows the handler appends for an event's key carry that event's trace on
 * ({@link EventTracing#forOutboxRow}).
 *
 * <pre>{@code
 * @Incoming("dossier-events") @Blocking(ordered = true)      // channel: batch=true, failure-strategy=fail
 * void on(ConsumerRecords<String, String> records) {
 *     batches.apply("report-projection", records, fresh -> projection.applyAll(fresh));
 * }
 * }</pre>
 */
@ApplicationScoped
public class EventBatches {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final DeadLetters deadLetters;
    private final ConsumerStalls stalls;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Tracer tracer;
    private volatile boolean stopping;

    EventBatches(EntityManager entityManager, ObjectMapper json, DeadLetters deadLetters, ConsumerStalls stalls,
            @ConfigProperty(name = "motcua.consumer.retry.initial-backoff", defaultValue = "200ms") Duration initialBackoff,
            @ConfigProperty(name = "motcua.consumer.retry.max-backoff", defaultValue = "10s") Duration maxBackoff,
            OpenTelemetry telemetry) {
        this.tracer = telemetry.getTracer("vn.motcua.backbone.inbox");
        this.entityManager = entityManager;
        this.json = json;
        this.deadLetters = deadLetters;
        this.stalls = stalls;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Applies the records' fresh events through {@code handler} in one transaction, retrying transient failures
     * until they clear and dead-lettering only what can never be applied. Returns the number of events applied now.
     */
    public int apply(String consumer, Iterable<ConsumerRecord<String, String>> records, BatchHandler handler) {
        return apply(consumer, records, handler, true);
    }

    /**
     * As {@link #apply}, for a handler whose effect is idempotent by itself: applying an event again, in any order
     * with the others, changes nothing (for instance merges that keep a fact already known). Its event ids are not
     * recorded (saving a row and an index entry per event); an event repeated within one poll is applied once.
     * Failures are handled exactly as by {@link #apply}.
     */
    public int applyIdempotent(String consumer, Iterable<ConsumerRecord<String, String>> records,
            BatchHandler handler) {
        return apply(consumer, records, handler, false);
    }

    private int apply(String consumer, Iterable<ConsumerRecord<String, String>> records, BatchHandler handler,
            boolean claimIds) {
        Span poll = tracer.spanBuilder(consumer + " poll").setNoParent().setSpanKind(SpanKind.INTERNAL)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        try (Scope scope = poll.makeCurrent()) {
            int applied = applyPoll(consumer, records, handler, claimIds);
            poll.setAttribute("motcua.events.applied", applied);
            return applied;
        } catch (RuntimeException | Error failure) {
            poll.setStatus(StatusCode.ERROR, failure.toString());
            throw failure;
        } finally {
            poll.end();
        }
    }

    private int applyPoll(String consumer, Iterable<ConsumerRecord<String, String>> records, BatchHandler handler,
            boolean claimIds) {
        Map<ReceivedEvent, ConsumerRecord<String, String>> origin = new IdentityHashMap<>();
        List<ReceivedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                ReceivedEvent event = ReceivedEvent.from(record);
                origin.put(event, record);
                events.add(event);
            } catch (InvalidEventException notAnEvent) {
                retrying(consumer, () -> {
                    deadLetters.park(consumer, record, notAnEvent.getMessage());
                    return 0;
                });
            }
        }
        if (events.isEmpty()) {
            return 0;
        }
        try {
            return retrying(consumer, () -> inOneTransaction(consumer, events, handler, claimIds));
        } catch (InvalidEventException poison) {
            // isolate the poison: apply one event per transaction, park the ones that can never be applied
            int applied = 0;
            for (ReceivedEvent event : events) {
                applied += retrying(consumer, () -> {
                    try {
                        return inOneTransaction(consumer, List.of(event), handler, claimIds);
                    } catch (InvalidEventException invalid) {
                        deadLetters.park(consumer, origin.get(event), invalid.getMessage());
                        return 0;
                    }
                });
            }
            return applied;
        }
    }

    /** Reads an event's JSON body as its payload record; a body that does not fit is a poison message. */
    public <T> T payload(ReceivedEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + event.id() + " of type " + event.type()
                    + " has a body that is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private int inOneTransaction(String consumer, List<ReceivedEvent> events, BatchHandler handler,
            boolean claimIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> claimed = claimIds ? claim(consumer, events) : distinctIds(events);
            List<ReceivedEvent> fresh = new ArrayList<>(claimed.size());
            for (ReceivedEvent event : events) {
                if (claimed.remove(event.id())) { // remove: a duplicate within the batch is applied once
                    fresh.add(event);
                }
            }
            if (!fresh.isEmpty()) {
                applyTraced(consumer, fresh, handler);
            }
            return fresh.size();
        });
    }

    /**
     * Runs the handler with a CONSUMER span per event, child of the event's own trace and linked to the poll's
     * span. The one event's span is current when the batch has one, else the poll's; the outbox rows take the
     * trace of the event with their key either way.
     */
    private void applyTraced(String consumer, List<ReceivedEvent> fresh, BatchHandler handler) {
        Context poll = Context.current();
        List<Span> spans = new ArrayList<>(fresh.size());
        Map<String, Context> byKey = new HashMap<>();
        for (ReceivedEvent event : fresh) {
            Span span = tracer.spanBuilder(consumer + " process")
                    .setParent(event.trace().context())
                    .setSpanKind(SpanKind.CONSUMER)
                    .addLink(Span.fromContext(poll).getSpanContext())
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.consumer.group.name", consumer)
                    .setAttribute("messaging.message.id", event.id())
                    .setAttribute("cloudevents.event_type", event.type())
                    .startSpan();
            spans.add(span);
            if (event.key() != null) {
                byKey.put(event.key(), poll.with(span));
            }
        }
        Context current = spans.size() == 1 ? poll.with(spans.get(0)) : poll;
        try (Scope scope = current.makeCurrent()) {
            EventTracing.withConsumedContexts(byKey, () -> {
                handler.apply(fresh);
                return null;
            });
        } catch (RuntimeException | Error failure) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, failure.toString()));
            throw failure;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private static Set<String> distinctIds(List<ReceivedEvent> events) {
        Set<String> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.id()));
        return ids;
    }

    /**
     * Records the ids in one statement and returns those not seen before. Sorted, so two instances claiming
     * overlapping batches lock the rows in the same order; a concurrent claim of the same id waits for the other
     * transaction and then sees its outcome.
     */
    private Set<String> claim(String consumer, List<ReceivedEvent> events) {
        String[] ids = events.stream().map(ReceivedEvent::id).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .toArray(String[]::new);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> fresh = new HashSet<>();
            Array array = connection.createArrayOf("text", ids);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id) select ?, id from unnest(?) as id
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, array);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
            } finally {
                array.free();
            }
            return fresh;
        });
    }

    private interface Attempt {
        int run();
    }

    private int retrying(String consumer, Attempt attempt) {
        long backoff = initialBackoff.toMillis();
        while (true) {
            try {
                int result = attempt.run();
                stalls.succeeded(consumer);
                return result;
            } catch (RuntimeException transientFailure) {
                InvalidEventException permanent = permanentCause(transientFailure);
                if (permanent != null) {
                    throw permanent;
                }
                if (stopping) {
                    throw transientFailure; // shutting down: the uncommitted batch is read again after restart
                }
                stalls.failed(consumer, transientFailure);
                try {
                    // a deliberate wait on the consumer's own thread: the same batch must be applied before any
                    // later record (per-key order), and nothing is acknowledged meanwhile; the backoff is capped
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw transientFailure;
                }
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }

    private static InvalidEventException permanentCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException invalid) {
                return invalid;
            }
        }
        return null;
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }
}
