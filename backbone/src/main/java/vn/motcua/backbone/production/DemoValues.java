package vn.motcua.backbone.production;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import vn.motcua.backbone.lookup.LookupSecretKey;

/**
 * A service in production mode ({@code motcua.mode=production}, env {@code MOTCUA_MODE}) refuses to start while any
 * of its settings still holds a DEMO value: a secret anyone can read in this repository (every demo secret of
 * {@code .env.example}, the realm and {@code ./platform} says "demo"), the demo database password {@code motcua},
 * or the development signing CA. The message names the settings, never their values. The default mode, {@code demo},
 * is the laptop and the demo compose profile, where these values are the point.
 */
@ApplicationScoped
public class DemoValues {

    private static final Logger LOG = Logger.getLogger(DemoValues.class);

    /** "demo" as a word of its own: DEMO-change-me-intake, demo-import-secret, not "democracy" or "pandemonium". */
    private static final Pattern DEMO_WORD = Pattern.compile("(^|[^a-z])demo([^a-z]|$)");

    /** ./platform's database password for the embedded PostgreSQL, printed on every start as DEMO. */
    private static final String DEMO_DATABASE_PASSWORD = "motcua";

    void refuseInProduction(@Observes @Priority(1) StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        String mode = config.getOptionalValue("motcua.mode", String.class).orElse("demo").strip();
        if (!"production".equalsIgnoreCase(mode)) {
            return;
        }
        List<String> found = in(config);
        if (!found.isEmpty()) {
            throw new IllegalStateException("motcua.mode is production, but these settings hold DEMO values: "
                    + String.join(", ", found) + ". Give each a value of this deployment (deploy/README.md, production)"
                    + " or run in demo mode.");
        }
        LOG.info("production mode: no DEMO value among the settings");
    }

    /**
     * The settings of {@code config} that hold a demo value, sorted, each once: its property name with the
     * environment variable that sets it ({@code quarkus.datasource.password (env QUARKUS_DATASOURCE_PASSWORD)}),
     * or the variable alone when no property of that name is known.
     */
    public static List<String> in(Config config) {
        boolean checksLookupSecrets = config.getOptionalValue("motcua.lookup.enabled", Boolean.class).orElse(false);
        Map<String, String> byVariable = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String variable = environmentVariable(name);
            if (!checksLookupSecrets && variable.equals("MOTCUA_LOOKUP_SECRET_KEY")) {
                continue; // backbone's default, unused by a service that checks no lookup secret (stats)
            }
            if (value(config, name).filter(value -> isDemo(name, value)).isPresent()) {
                byVariable.merge(variable, name, (seen, other) -> seen.equals(variable) ? other : seen);
            }
        }
        List<String> found = new ArrayList<>();
        byVariable.forEach((variable, name) -> found.add(name.equals(variable) ? variable : name + " (env " + variable + ")"));
        return found;
    }

    /** The environment variable SmallRye Config reads for a property: upper case, every other character '_'. */
    static String environmentVariable(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    static boolean isDemo(String name, String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return false;
        }
        String key = name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
        if (key.endsWith("datasource.password") && lower.equals(DEMO_DATABASE_PASSWORD)) {
            return true;
        }
        if (key.endsWith("signature.development.ca.enabled")) {
            return lower.equals("true");
        }
        return DEMO_WORD.matcher(lower).find() || lower.equals(LookupSecretKey.DEMO_KEY);
    }

    /** The value of one setting, or none when it does not resolve (an expression whose variable is unset). */
    private static Optional<String> value(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class);
        } catch (RuntimeException unresolvable) {
            return Optional.empty();
        }
    }
}
