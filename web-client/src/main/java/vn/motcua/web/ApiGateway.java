package vn.motcua.web;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * One origin for the web client: the same paths as the compose gateway (deploy/compose/nginx/default.conf), so
 * the same pages work behind either. {@code /api/<service>/v1/...} goes to {@code /api/v1/...} of that service;
 * {@code /realms/...} to Keycloak. Bodies are streamed both ways, never buffered.
 */
@ApplicationScoped
public class ApiGateway {

    private static final Logger LOG = Logger.getLogger(ApiGateway.class);

    /** Hop-by-hop headers (RFC 9110 7.6.1): they describe one connection and are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Upstreams upstreams;
    private HttpClient client;

    ApiGateway(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(upstreams.maxConnections())
                .setKeepAlive(true));
        upstreams.apis().forEach((service, url) -> router.route("/api/" + service + "/*")
                .handler(ctx -> forward(ctx, URI.create(url), "/api/" + service + "/", "/api/")));
        URI keycloak = URI.create(upstreams.keycloak());
        for (String prefix : new String[] {"/realms/", "/resources/"}) {
            router.route(prefix + "*").handler(ctx -> forward(ctx, keycloak, prefix, prefix));
        }
    }

    private void forward(RoutingContext ctx, URI target, String prefix, String replacement) {
        HttpServerRequest in = ctx.request();
        in.pause();
        String uri = replacement + in.uri().substring(prefix.length());
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(target.getHost())
                .setPort(target.getPort()).setURI(uri).setIdleTimeout(upstreams.timeoutMillis());
        client.request(options).onFailure(e -> unavailable(ctx, target, e)).onSuccess(out -> {
            copyHeaders(in.headers(), out.headers());
            out.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
            out.putHeader("X-Forwarded-Proto", in.scheme());
            out.putHeader("X-Forwarded-For", in.remoteAddress().hostAddress());
            out.send(in).onFailure(e -> unavailable(ctx, target, e)).onSuccess(answer -> relay(ctx, answer));
        });
    }

    private static void relay(RoutingContext ctx, HttpClientResponse answer) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            return;
        }
        response.setStatusCode(answer.statusCode()).setStatusMessage(answer.statusMessage());
        copyHeaders(answer.headers(), response.headers());
        if (answer.headers().get("Content-Length") == null) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                to.add(name, value);
            }
        });
    }

    /** The service behind a path is down or too slow: a problem+json the pages show in words. */
    private static void unavailable(RoutingContext ctx, URI target, Throwable cause) {
        LOG.warnf("no answer from %s for %s %s: %s", target, ctx.request().method(), ctx.request().path(),
                cause.getMessage());
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        ctx.response().setStatusCode(502).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502,"
                        + "\"detail\":\"the service behind " + ctx.request().path().split("/", 4)[2]
                                .replace("\"", "") + " does not answer\"}");
    }
}
