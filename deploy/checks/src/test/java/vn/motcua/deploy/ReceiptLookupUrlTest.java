package vn.motcua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The receipt's QR code opens the web client's lookup page (route {@code /tra-cuu}, the code in {@code ma}),
 * at the address people reach it by: compose's public URL, the platform script's web URL; never the
 * service's demo default.
 */
class ReceiptLookupUrlTest {

    private static final Path ROOT = Deployment.root();
    private static final String LOOKUP_PAGE = "/tra-cuu?ma={code}";

    @Test
    void composeSetsTheLookupUrlFromItsPublicUrl() throws IOException {
        Map<String, Object> intake = ComposeEnvironmentTest.composeService("intake");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) intake.get("environment");

        assertThat(String.valueOf(environment.get("MOTCUA_LOOKUP_URL")))
                .isEqualTo("${MOTCUA_PUBLIC_URL:-http://localhost:8080}" + LOOKUP_PAGE);
        assertThat(Files.readString(ROOT.resolve(".env.example"))).contains("MOTCUA_PUBLIC_URL=");
    }

    @Test
    void thePlatformScriptSetsItFromTheWebClientsAddress() throws IOException {
        assertThat(Files.readString(ROOT.resolve("platform")))
                .contains("local lookup=\"$MOTCUA_WEB_URL" + LOOKUP_PAGE + "\"")
                .contains("MOTCUA_LOOKUP_URL=${MOTCUA_LOOKUP_URL:-$lookup}");
    }

    @Test
    void theWebClientHasThatPageAndReadsTheCodeFromThatParameter() throws IOException {
        Path web = ROOT.resolve("web-client/src/main");
        assertThat(Files.readString(web.resolve("java/vn/motcua/web/PageRoutes.java"))).contains("|tra-cuu|");
        assertThat(Files.readString(web.resolve("resources/META-INF/resources/app/main.js")))
                .contains("{path: /^\\/tra-cuu$/, page: lookup");
        assertThat(Files.readString(web.resolve("resources/META-INF/resources/app/pages/lookup.js")))
                .contains("query.get('ma')");
    }
}
