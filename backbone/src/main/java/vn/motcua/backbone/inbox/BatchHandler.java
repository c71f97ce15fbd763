package vn.motcua.backbone.inbox;

import java.util.List;

/**
 * Applies the fresh events of one batch inside the batch's transaction. The list holds only events this consumer
 * has not applied before, in the order they were read (per partition, Kafka's order, so each key's order holds).
 * Throw {@link InvalidEventException} for an event that can never be applied, {@link TransientEventException} (or
 * let a database exception through) for anything that may succeed later.
 */
@FunctionalInterface
public interface BatchHandler {

    void apply(List<ReceivedEvent> fresh);
}
