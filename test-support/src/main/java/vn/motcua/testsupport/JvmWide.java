package vn.motcua.testsupport;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Values that must exist once per test JVM. Quarkus may load this library once per test profile
 * (each profile gets its own class loader), so plain static fields would start a second database
 * server and broker and sign with a second key. System properties and interned strings are the
 * places every class loader shares; only strings are stored, so no class identity is involved.
 */
final class JvmWide {
    private static final String PREFIX = "vn.motcua.testsupport.";

    private JvmWide() {
    }

    static String computeIfAbsent(String key, Supplier<String> init) {
        String name = PREFIX + key;
        String value = System.getProperty(name);
        if (value != null) {
            return value;
        }
        // interned: the same lock object for every class loader; one lock per key, so the
        // database server and the broker can start in parallel
        synchronized ((name + ".lock").intern()) {
            value = System.getProperty(name);
            if (value == null) {
                value = init.get();
                System.setProperty(name, value);
            }
            return value;
        }
    }

    static void set(String key, String value) {
        System.setProperty(PREFIX + key, value);
    }

    static Optional<String> get(String key) {
        return Optional.ofNullable(System.getProperty(PREFIX + key));
    }
}
