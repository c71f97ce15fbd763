package vn.motcua.stats.rebuild;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import vn.motcua.backbone.problem.ProblemException;

/**
 * Whether the topics still hold their whole history: a rebuild from a topic whose log starts above offset 0 would
 * replace the counts of the events that retention removed by nothing.
 */
final class TopicHistory {

    private TopicHistory() {
    }

    /**
     * @throws ProblemException 409 naming every partition whose log start offset is above 0
     */
    static void requireWhole(Admin admin, Collection<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p ->
                        earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
                admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
        List<String> truncated = new ArrayList<>();
        starts.forEach((partition, start) -> {
            if (start.offset() > 0) {
                truncated.add(partition + " starts at offset " + start.offset());
            }
        });
        if (!truncated.isEmpty()) {
            truncated.sort(null);
            throw ProblemException.conflict("history-incomplete", "a rebuild needs every event since the beginning, "
                    + "but retention removed the oldest ones: " + String.join(", ", truncated)
                    + "; the projections in use are kept");
        }
    }
}
