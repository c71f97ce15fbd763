package vn.motcua.intake.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS gateway over HTTP: {@code POST <motcua.notification.sms.endpoint>} with
 * {@code {"to": "0912345678", "text": "...", "reference": "<notification id>"}}, the header
 * {@code Idempotency-Key: <notification id>} and, when {@code motcua.notification.sms.token} is set,
 * {@code Authorization: Bearer <token>}. Any 2xx is delivered; anything else, or no answer within
 * {@code motcua.notification.sms.timeout}, is retried. A province's gateway with another shape gets its own
 * {@link SmsProvider}.
 */
@ApplicationScoped
public class HttpSmsProvider implements SmsProvider {

    private final Optional<URI> endpoint;
    private final Optional<String> token;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient client;

    HttpSmsProvider(@ConfigProperty(name = "motcua.notification.sms.endpoint") Optional<URI> endpoint,
            @ConfigProperty(name = "motcua.notification.sms.token") Optional<String> token,
            @ConfigProperty(name = "motcua.notification.sms.timeout", defaultValue = "10s") Duration timeout,
            ObjectMapper json) {
        this.endpoint = endpoint;
        this.token = token;
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void send(String idempotencyKey, String phone, String text) throws IOException, InterruptedException {
        URI uri = endpoint.orElseThrow(() -> new IllegalStateException(
                "SMS is enabled but motcua.notification.sms.endpoint is not set"));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", phone);
        body.put("text", text);
        body.put("reference", idempotencyKey);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("SMS gateway answered " + response.statusCode());
        }
    }
}
