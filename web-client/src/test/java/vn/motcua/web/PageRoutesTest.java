package vn.motcua.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Page addresses load the client; config.js tells it where to sign in. */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class PageRoutesTest {

    @Test
    void theReceiptsQrAddressOpensTheClient() {
        given().get("/tra-cuu?ma=31639-261207-0001").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"));
    }

    @Test
    void aDossiersAddressOpensTheClient() {
        // a real code, dots included
        given().get("/ho-so/000.00.61.H92-261207-0001").then().statusCode(200).body(containsString("/app/main.js"));
    }

    @Test
    void everyPageTheNavigationLinksToOpensTheClient() throws java.io.IOException {
        // the pages' routes (app/main.js) and the gateway's (PageRoutes.PAGES) must not drift apart
        String routes;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/app/main.js")) {
            routes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var hrefs = java.util.regex.Pattern.compile("href: '(/[^']+)'").matcher(routes).results()
                .map(m -> m.group(1)).toList();
        org.assertj.core.api.Assertions.assertThat(hrefs).contains("/tiep-nhan", "/truc-tuyen", "/van-ban-di", "/chi-so",
                "/nop-truc-tuyen");
        for (String href : hrefs) {
            given().get(href).then().statusCode(200).body(containsString("/app/main.js"));
        }
    }

    @Test
    void anUnknownFileIsNotFound() {
        given().get("/app/nothing-here.js").then().statusCode(404);
    }

    @Test
    void withoutAPublicRealmUrlThePagesSignInThroughTheirOwnOrigin() {
        given().get("/config.js").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body(equalTo("window.MOTCUA_CONFIG = { realmUrl: location.origin + '/realms/motcua', clientId: 'motcua-web' };\n"));
    }
}
