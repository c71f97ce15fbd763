package vn.motcua.workflow.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.UnitEvents;

/** The province (Cần Thơ, 92) on motcua.reference, and its administrator, who alone edits province-wide data. */
public final class Province {

    public static final String CODE = "92";

    private Province() {
    }

    /** The provincial admin's token, once the service's unit tree knows the province. */
    public static String admin() {
        UnitScope scope = Arc.container().instance(UnitScope.class).get();
        if (!known(scope)) {
            UnitEvents.publish(CODE, "PROVINCE", null);
            await().atMost(Duration.ofSeconds(30)).until(() -> known(scope));
        }
        return TestTokens.user("admin.province").roles("admin").unit(CODE).bearer();
    }

    private static boolean known(UnitScope scope) {
        return scope.tree().inForceOn(CODE, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }
}
