package vn.motcua.launcher;

import java.util.List;
import java.util.Map;

/**
 * Who owns the services' databases and which databases exist, read from the environment the
 * ./platform script passes. The defaults are demo values for a developer machine, never for
 * production.
 */
record DatabaseSettings(String appUser, String appPassword, List<String> databases) {

    /** One database per service (DESIGN.md: no service reads another's database). */
    static final List<String> SERVICE_DATABASES = List.of("intake", "workflow", "document", "stats");

    static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(
                env.getOrDefault("MOTCUA_DB_USER", "motcua"),
                env.getOrDefault("MOTCUA_DB_PASSWORD", "motcua"), // demo password
                SERVICE_DATABASES);
    }

    static int intFrom(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
        }
    }
}
