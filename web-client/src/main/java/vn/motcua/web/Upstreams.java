package vn.motcua.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Where the gateway sends each path, and what the pages are told about sign-in (config.js). */
@ConfigMapping(prefix = "motcua.web")
public interface Upstreams {

    /** Base URL of each service by the path segment it is published under: intake, workflow, document, stats. */
    Map<String, String> apis();

    /** Keycloak's base URL, as the gateway reaches it (for /realms/...). */
    String keycloak();

    /**
     * The realm's URL as the browser reaches it. Empty: the gateway's own origin + /realms/motcua. ./platform sets
     * Keycloak's own address, which is also the tokens' issuer.
     */
    Optional<String> realmPublicUrl();

    /** The realm's public client the pages sign in with (authorization code + PKCE). */
    @WithDefault("motcua-web")
    String clientId();

    @WithDefault("30000")
    long timeoutMillis();

    @WithDefault("64")
    int maxConnections();
}
