package vn.motcua.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Client-credentials access tokens of the import client, renewed 30 s before they expire. */
final class TokenSource {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI tokenUrl;
    private final String form;
    private String token;
    private Instant renewAt = Instant.MIN;

    TokenSource(HttpClient http, ObjectMapper json, URI tokenUrl, String clientId, String secret) {
        this.http = http;
        this.json = json;
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    synchronized String bearer() throws IOException, InterruptedException {
        if (Instant.now().isAfter(renewAt)) {
            renew();
        }
        return "Bearer " + token;
    }

    /** After a 401: the next call fetches a new token. */
    synchronized void expire() {
        renewAt = Instant.MIN;
    }

    private void renew() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token from " + tokenUrl + " (HTTP " + response.statusCode() + "): " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        token = body.path("access_token").asText();
        long lifetime = Math.max(10, body.path("expires_in").asLong(60));
        renewAt = Instant.now().plusSeconds(Math.max(5, lifetime - 30));
    }
}
