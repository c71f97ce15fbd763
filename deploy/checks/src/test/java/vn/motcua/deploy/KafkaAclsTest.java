package vn.motcua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import vn.motcua.launcher.KafkaInitMain;

/**
 * The ACLs compose's kafka-init grants (KafkaInitMain): each service writes only the topics it publishes, and
 * provincial systems write nothing. compose-e2e proves on the running broker that stats' write is refused.
 */
class KafkaAclsTest {

    private static final List<AclBinding> ACLS = KafkaInitMain.acls("User:provincial-system", "provincial-system");

    @Test
    void eachServiceWritesOnlyTheTopicsItPublishesAndItsOwnDeadLetterTopics() {
        assertThat(writable("User:intake")).containsExactlyInAnyOrder("motcua.dossier", "motcua.reference",
                "motcua.dossier.dlq.intake-service", "motcua.reference.dlq.intake-service");
        assertThat(writable("User:workflow")).containsExactlyInAnyOrder("motcua.dossier",
                "motcua.dossier.dlq.workflow-service", "motcua.reference.dlq.workflow-service");
        assertThat(writable("User:document")).containsExactlyInAnyOrder("motcua.document",
                "motcua.dossier.dlq.document-service", "motcua.reference.dlq.document-service");
        assertThat(writable("User:stats")).containsExactlyInAnyOrder("motcua.dossier.dlq.stats-service",
                "motcua.document.dlq.stats-service", "motcua.reference.dlq.stats-service");
    }

    @Test
    void provincialSystemsReadThePublicTopicsAndWriteNothing() {
        assertThat(writable("User:provincial-system")).isEmpty();
        assertThat(ACLS.stream().filter(a -> a.entry().principal().equals("User:provincial-system"))
                .filter(a -> a.pattern().resourceType() == ResourceType.TOPIC && a.entry().operation() == AclOperation.READ)
                .map(a -> a.pattern().name()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("motcua.dossier", "motcua.document", "motcua.reference");
    }

    @Test
    void consumerGroupsArePrefixedByTheServiceName() {
        assertThat(ACLS.stream().filter(a -> a.pattern().resourceType() == ResourceType.GROUP)
                .map(a -> a.entry().principal() + " " + a.pattern().name() + " " + a.pattern().patternType())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "User:intake intake-service " + PatternType.PREFIXED, "User:workflow workflow-service " + PatternType.PREFIXED,
                "User:document document-service " + PatternType.PREFIXED, "User:stats stats-service " + PatternType.PREFIXED,
                "User:provincial-system provincial-system " + PatternType.PREFIXED);
        assertThat(ACLS).doesNotHaveDuplicates();
    }

    private static Set<String> writable(String principal) {
        return ACLS.stream().filter(a -> a.entry().principal().equals(principal))
                .filter(a -> a.pattern().resourceType() == ResourceType.TOPIC)
                .filter(a -> a.entry().operation() == AclOperation.WRITE || a.entry().operation() == AclOperation.CREATE
                        || a.entry().operation() == AclOperation.ALL)
                .map(a -> a.pattern().name()).collect(Collectors.toSet());
    }
}
