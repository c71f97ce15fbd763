package vn.motcua.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * What one service reads as configuration, as environment variable names (Quarkus maps
 * {@code quarkus.datasource.jdbc.url} to {@code QUARKUS_DATASOURCE_JDBC_URL}: upper case, every
 * other character {@code _}). Collected from:
 * <ul>
 *   <li>the service's {@code application.properties} and backbone's defaults (keys, and the
 *       {@code ${ENV_NAME:default}} variables their values refer to);</li>
 *   <li>{@code @ConfigProperty(name=...)} and {@code @ConfigMapping(prefix=...)} in the service's and
 *       backbone's sources;</li>
 *   <li>the Quarkus extensions the packaged service actually contains: each extension jar in
 *       {@code target/quarkus-app/lib/main} lists its properties in
 *       {@code META-INF/quarkus-config-doc/quarkus-config-model.json};</li>
 *   <li>{@code kafka.*}: SmallRye Reactive Messaging hands these to the Kafka clients, so the
 *       clients' own configuration names;</li>
 *   <li>the variables the base image's {@code run-java.sh} reads ({@link #IMAGE_VARIABLES}).</li>
 * </ul>
 */
final class ServiceConfiguration {

    /** Read by run-java.sh of registry.access.redhat.com/ubi9/openjdk-17-runtime, not by Quarkus. */
    static final Set<String> IMAGE_VARIABLES = Set.of(
            "JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "JAVA_APP_JAR");

    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.\\-]*)(?::[^}]*)?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MODEL_PROPERTY = Pattern.compile("\"property\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String service;
    private final Set<String> names = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    private ServiceConfiguration(String service) {
        this.service = service;
    }

    /** @param module the service's Maven module, e.g. {@code <root>/intake-service} */
    static ServiceConfiguration of(Path root, String module) {
        ServiceConfiguration config = new ServiceConfiguration(module);
        Path moduleDir = root.resolve(module);
        config.readProperties(moduleDir.resolve("src/main/resources/application.properties"));
        config.readProperties(root.resolve("backbone/src/main/resources/META-INF/microprofile-config.properties"));
        config.readSources(moduleDir.resolve("src/main/java"));
        config.readSources(root.resolve("backbone/src/main/java"));
        config.readExtensions(moduleDir.resolve("target/quarkus-app/lib/main"));
        for (Set<String> kafka : List.of(ProducerConfig.configNames(), ConsumerConfig.configNames(), AdminClientConfig.configNames())) {
            kafka.forEach(name -> config.names.add(env("kafka." + name)));
        }
        config.names.addAll(IMAGE_VARIABLES);
        return config;
    }

    /** The environment variable Quarkus (SmallRye Config) reads for a property name. */
    static String env(String property) {
        StringBuilder out = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
        }
        return out.toString();
    }

    boolean reads(String variable) {
        return names.contains(variable)
                || prefixes.stream().anyMatch(prefix -> variable.startsWith(prefix) && variable.length() > prefix.length())
                || patterns.stream().anyMatch(pattern -> pattern.matcher(variable).matches());
    }

    int size() {
        return names.size() + prefixes.size() + patterns.size();
    }

    @Override
    public String toString() {
        return service;
    }

    private void readProperties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            // %prod.x=... and %dev.x=... are still property x
            String name = key.startsWith("%") && key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
            addProperty(name);
            Matcher reference = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (reference.find()) {
                names.add(env(reference.group(1)));
            }
        }
    }

    private void readSources(Path sources) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file);
                CONFIG_PROPERTY.matcher(text).results().forEach(m -> addProperty(m.group(1)));
                CONFIG_MAPPING.matcher(text).results().forEach(m -> prefixes.add(env(m.group(1)) + "_"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readExtensions(Path lib) {
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing: package the service first (./mvnw package)");
        }
        int models = 0;
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : (Iterable<Path>) jars.filter(j -> j.toString().endsWith(".jar"))::iterator) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry model = zip.getEntry(MODEL);
                    if (model == null) {
                        continue;
                    }
                    models++;
                    String json = new String(zip.getInputStream(model).readAllBytes(), StandardCharsets.UTF_8);
                    MODEL_PROPERTY.matcher(json).results()
                            .forEach(m -> addProperty(m.group(1).replace("\\\"", "\"")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (models == 0) {
            throw new IllegalStateException("no Quarkus extension in " + lib + " describes its configuration");
        }
    }

    /** A name with map keys ({@code "name"}) or list indexes ({@code [*]}) becomes a pattern. */
    private void addProperty(String property) {
        if (!property.contains("\"") && !property.contains("[*]") && !property.contains("*")) {
            names.add(env(property));
            return;
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < property.length()) {
            char c = property.charAt(i);
            if (c == '"') {
                int close = property.indexOf('"', i + 1);
                regex.append("[A-Z0-9_]+");
                i = close < 0 ? property.length() : close + 1;
            } else if (property.startsWith("[*]", i)) {
                regex.append("_[0-9]+_");
                i += 3;
            } else if (c == '*') {
                regex.append("[A-Z0-9_]+");
                i++;
            } else {
                regex.append(Pattern.quote(env(String.valueOf(c))));
                i++;
            }
        }
        patterns.add(Pattern.compile(regex.toString()));
    }
}
