package vn.motcua.intake.reception;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.backbone.lookup.LookupSecretHash;
import vn.motcua.backbone.lookup.LookupSecretKey;

/**
 * Issues and re-derives dossiers' lookup secrets with the server key {@code motcua.lookup-secret.key} (by default the
 * platform's shared {@code motcua.lookup.secret-key}; set {@code LOOKUP_SECRET_KEY} to the former key to keep
 * reprinting receipts issued under it), and stores their keyed verifier ({@link LookupSecretKey}).
 */
@ApplicationScoped
public class LookupSecrets {

    private static final Logger LOG = Logger.getLogger(LookupSecrets.class);

    private final byte[] key;
    private final boolean demoKey;
    private final LookupSecretKey verifier;

    LookupSecrets(@ConfigProperty(name = "motcua.lookup-secret.key") String key, LookupSecretKey verifier) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.demoKey = LookupSecretKey.DEMO_KEY.equals(key);
        this.verifier = verifier;
    }

    void warnOfDemoKey(@Observes StartupEvent start) {
        if (demoKey && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("motcua.lookup-secret.key is the DEMO key: unset LOOKUP_SECRET_KEY to use MOTCUA_LOOKUP_SECRET_KEY");
        }
    }

    /** Gives a dossier its secret: stores the verifier, returns the secret to show once. */
    public String issue(Dossier dossier) {
        String secret = LookupSecret.derive(key, dossier.id);
        dossier.lookupSecretHash = verifier.verifier(dossier.code, secret);
        return secret;
    }

    /** Whether {@code typed} is the dossier's secret, as a citizen types it. */
    public boolean matches(Dossier dossier, String typed) {
        return verifier.matches(dossier.lookupSecretHash, dossier.code, typed);
    }

    /** The dossier's secret again (retry, reprint), unless the key changed since it was issued. */
    public Optional<String> of(Dossier dossier) {
        if (dossier.code == null || dossier.lookupSecretHash == null) {
            return Optional.empty();
        }
        String secret = LookupSecretHash.isLegacy(dossier.lookupSecretHash)
                ? LookupSecret.deriveLegacy(key, dossier.id)
                : LookupSecret.derive(key, dossier.id);
        return matches(dossier, secret) ? Optional.of(secret) : Optional.empty();
    }
}
