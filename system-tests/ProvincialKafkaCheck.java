import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a provincial system does on the external listener, with the consumer configuration of
 * deploy/kafka/provincial-consumer.properties as it is. Run by system-tests/identity-check.sh with the
 * broker's jars on the class path (Java's single-file launcher):
 *
 * <pre>
 * java -Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=&lt;token endpoint&gt; -cp 'deploy/launcher/target/kafka-libs/*' \
 *     system-tests/ProvincialKafkaCheck.java consume &lt;properties&gt; motcua.dossier &lt;expected key&gt;
 * </pre>
 *
 * Modes: {@code consume <properties> <topic> <key>} finds a record with that key (exit 0) within 60 s;
 * {@code produce <properties> <topic>} expects the write to be refused with TopicAuthorizationException
 * (exit 0); {@code refused <properties> <topic>} expects the login itself to fail (a wrong secret).
 * Each prints one line starting with "ok" or "FAIL".
 */
public class ProvincialKafkaCheck {

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        try (FileReader reader = new FileReader(args[1], StandardCharsets.UTF_8)) {
            config.load(reader);
        }
        if (args.length > 4) { // a client secret other than the file's, e.g. a wrong one
            config.put("sasl.jaas.config", config.getProperty("sasl.jaas.config")
                    .replaceFirst("clientSecret=\"[^\"]*\"", "clientSecret=\"" + args[4] + "\""));
        }
        boolean ok = switch (args[0]) {
            case "consume" -> consume(config, args[2], args[3]);
            case "produce" -> produceIsRefused(config, args[2]);
            case "refused" -> loginIsRefused(config, args[2]);
            default -> throw new IllegalArgumentException("mode: consume | produce | refused");
        };
        System.exit(ok ? 0 : 1);
    }

    private static boolean consume(Properties config, String topic, String key) {
        Instant deadline = Instant.now().plusSeconds(60);
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    seen++;
                    if (key.equals(record.key())) {
                        consumer.commitSync();
                        var type = record.headers().lastHeader("ce_type");
                        System.out.printf("ok    consumed %s key %s (%s) as %s%n", topic, key,
                                type == null ? "no ce_type" : new String(type.value(), StandardCharsets.UTF_8),
                                config.getProperty("group.id"));
                        return true;
                    }
                }
            }
        } catch (RuntimeException e) {
            System.out.println("FAIL  consuming " + topic + ": " + e);
            return false;
        }
        System.out.printf("FAIL  no record with key %s on %s within 60 s (%d other records)%n", key, topic, seen);
        return false;
    }

    private static boolean produceIsRefused(Properties config, String topic) throws InterruptedException {
        Properties producerConfig = new Properties();
        producerConfig.putAll(config);
        producerConfig.keySet().removeIf(k -> !ProducerConfig.configNames().contains(k));
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // a plain write: an idempotent producer would first be refused its producer id (a cluster
        // permission) and never send the record whose refusal this checks
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>(topic, "forged", "{}")).get(30, TimeUnit.SECONDS);
            System.out.println("FAIL  the provincial system could write to " + topic);
            return false;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException) {
                System.out.println("ok    writing to " + topic + " is refused: " + e.getCause().getMessage());
                return true;
            }
            System.out.println("FAIL  writing to " + topic + " failed otherwise: " + e.getCause());
            return false;
        } catch (TopicAuthorizationException e) {
            System.out.println("ok    writing to " + topic + " is refused: " + e.getMessage());
            return true;
        } catch (AuthorizationException e) {
            System.out.println("FAIL  refused, but not as a topic write: " + e);
            return false;
        } catch (Exception e) {
            System.out.println("FAIL  writing to " + topic + ": " + e);
            return false;
        }
    }

    private static boolean loginIsRefused(Properties config, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(20));
            System.out.println("FAIL  a client with a wrong secret could read the metadata of " + topic);
            return false;
        } catch (SaslAuthenticationException e) {
            System.out.println("ok    a wrong secret is refused: " + e.getMessage());
            return true;
        } catch (RuntimeException e) {
            // the token endpoint's 401 surfaces as a login failure wrapped by the client
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            boolean login = root.toString().contains("401");
            System.out.println((login ? "ok    a wrong secret is refused: " : "FAIL  unexpected: ") + root);
            return login;
        } catch (Throwable e) {
            System.out.println("FAIL  unexpected: " + e);
            return false;
        }
    }
}
