package vn.motcua.intake.reception;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Issues and re-derives dossiers' lookup secrets with the server key {@code motcua.lookup-secret.key}. */
@ApplicationScoped
public class LookupSecrets {

    private static final Logger LOG = Logger.getLogger(LookupSecrets.class);
    static final String DEMO_KEY = "demo-lookup-secret-key-change-me";

    private final byte[] key;
    private final boolean demoKey;

    LookupSecrets(@ConfigProperty(name = "motcua.lookup-secret.key") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.demoKey = DEMO_KEY.equals(key);
    }

    void warnOfDemoKey(@Observes StartupEvent start) {
        if (demoKey && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("motcua.lookup-secret.key is the DEMO key: set LOOKUP_SECRET_KEY to a long random value");
        }
    }

    /** Gives a dossier its secret: stores the hash, returns the secret to show once. */
    public String issue(Dossier dossier) {
        String secret = LookupSecret.derive(key, dossier.id);
        dossier.lookupSecretHash = LookupSecret.hash(dossier.code, secret);
        return secret;
    }

    /** The dossier's secret again (retry, reprint), unless the key changed since it was issued. */
    public Optional<String> of(Dossier dossier) {
        if (dossier.code == null || dossier.lookupSecretHash == null) {
            return Optional.empty();
        }
        String secret = LookupSecret.derive(key, dossier.id);
        return LookupSecret.matches(dossier.lookupSecretHash, dossier.code, secret) ? Optional.of(secret) : Optional.empty();
    }
}
