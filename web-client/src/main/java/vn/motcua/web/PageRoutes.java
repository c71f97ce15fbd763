package vn.motcua.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The pages' own routes: {@code /config.js} (where to sign in, from configuration; the static file of the same
 * name is the compose default) and the page addresses a person can bookmark or reach from the receipt's QR code
 * (e.g. {@code /tra-cuu?ma=...}), which all load index.html; the script shows the page the address names.
 */
@ApplicationScoped
public class PageRoutes {

    /** Page addresses of the client (see app/main.js, ROUTES); anything else is a file or a 404. */
    // a dossier code has dots (000.00.61.H92-261207-0001): /ho-so/ takes any last segment
    static final String PAGES = "^/(tiep-nhan|truc-tuyen|hang-doi|bao-cao|chi-so|van-ban-di|nop-truc-tuyen|tra-cuu|cua-toi|dang-nhap|ho-so/[^/]+)$";

    private final Upstreams upstreams;

    PageRoutes(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    void routes(@Observes Router router) {
        router.get("/config.js").order(-1).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/javascript; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(configScript()));
        router.getWithRegex(PAGES).order(-1).handler(ctx -> ctx.reroute("/index.html"));
    }

    String configScript() {
        String realm = upstreams.realmPublicUrl().filter(url -> !url.isBlank()).map(PageRoutes::quoted)
                .orElse("location.origin + '/realms/motcua'");
        return "window.MOTCUA_CONFIG = { realmUrl: " + realm + ", clientId: " + quoted(upstreams.clientId()) + " };\n";
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
