package vn.motcua.backbone.outbox;

import java.util.List;

/** Sends a batch of outbox events to the broker, in the given order. */
public interface OutboxPublisher {

    /**
     * Returns only when every event of the batch is acknowledged by the broker; throws if any is not,
     * in which case the whole batch stays pending and is sent again (consumers deduplicate on ce_id).
     */
    void publish(List<OutboxEvent> batch) throws Exception;
}
