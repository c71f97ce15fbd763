package vn.motcua.document.signature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code motcua.signature.*}: keystores, trust anchors and the development CA. */
@ConfigMapping(prefix = "motcua.signature")
public interface SignatureConfig {

    /**
     * Where signers' PKCS#12 keystores are: {@code person/<unit>/<username>.p12} and
     * {@code organisation/<unit>.p12}; also the development CA's files.
     */
    @WithDefault("data/signing")
    String keystoreDirectory();

    /** Password of every keystore in the directory. The default is for demos only: override it. */
    @WithDefault("motcua-demo-only")
    String keystorePassword();

    /** PEM files of the certificates that signatures must chain to (e.g. the national root CAs). */
    Optional<List<String>> trustAnchors();

    DevelopmentCa developmentCa();

    interface DevelopmentCa {
        /** Generate a local CA and issue demo certificates on enrolment; never in production. */
        @WithDefault("false")
        boolean enabled();

        /** Lifetime of the demo certificates it issues. */
        @WithDefault("P365D")
        Duration certificateLifetime();
    }
}
