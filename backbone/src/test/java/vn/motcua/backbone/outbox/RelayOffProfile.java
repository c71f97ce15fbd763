package vn.motcua.backbone.outbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The scheduled relay off, so that a test drives the relay itself. */
public class RelayOffProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("motcua.outbox.relay.enabled", "false", "motcua.outbox.batch-size", "25");
    }
}
