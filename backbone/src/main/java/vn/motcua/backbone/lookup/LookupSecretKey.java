package vn.motcua.backbone.lookup;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's shared lookup-secret key, {@code motcua.lookup.secret-key} (env {@code MOTCUA_LOOKUP_SECRET_KEY}):
 * intake derives secrets and their verifiers with it; workflow and document check typed secrets with it. A service
 * refuses to start outside dev and test mode while it is the demo key, which anyone can read in this repository.
 * Only the services that check secrets have it (build property {@code motcua.lookup.enabled=true}); the others
 * (stats) neither need the key nor are stopped by its absence.
 */
@ApplicationScoped
@IfBuildProperty(name = "motcua.lookup.enabled", stringValue = "true")
public class LookupSecretKey {

    /** The default for development and tests; never accepted in production. */
    public static final String DEMO_KEY = "demo-lookup-secret-key-change-me";

    private final String key;

    public LookupSecretKey(@ConfigProperty(name = "motcua.lookup.secret-key") String key) {
        this.key = key;
    }

    void refuseDemoKey(@Observes StartupEvent start) {
        requireUsable(key, LaunchMode.current());
    }

    /** Throws when {@code key} may not be used in {@code mode}: the demo key (or none) outside dev and test. */
    static void requireUsable(String key, LaunchMode mode) {
        if (mode.isDevOrTest()) {
            return;
        }
        if (key == null || key.isBlank() || DEMO_KEY.equals(key.strip())) {
            throw new IllegalStateException("motcua.lookup.secret-key is the demo key: set MOTCUA_LOOKUP_SECRET_KEY to"
                    + " a long random value shared by intake, workflow and document (./platform generates one into"
                    + " $MOTCUA_HOME/run/lookup-secret.key; compose reads it from .env)");
        }
    }

    /** The verifier to store and publish for a dossier's secret. */
    public String verifier(String dossierCode, String secret) {
        return LookupSecretHash.of(bytes(), dossierCode, secret);
    }

    /** Whether {@code typed} is the secret of the dossier whose verifier is {@code stored} (either form). */
    public boolean matches(String stored, String dossierCode, String typed) {
        return LookupSecretHash.matches(bytes(), stored, dossierCode, typed);
    }

    /** The owner hash of a signed-in citizen's account (token subject), published instead of the subject. */
    public String ownerHash(String subject) {
        return LookupSecretHash.owner(bytes(), subject);
    }

    /** Whether the account with token subject {@code subject} owns the dossier whose owner hash is {@code stored}. */
    public boolean isOwner(String stored, String subject) {
        return LookupSecretHash.ownerMatches(bytes(), stored, subject);
    }

    /** The key itself, for deriving secrets. */
    public byte[] bytes() {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
