package vn.motcua.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Who is calling, read from the token: without Quarkus, with a token that counts how often it is asked. */
class CallerTest {

    @Test
    void theUnitIsReadFromTheTokenOncePerRequestHoweverOftenItIsAsked() {
        CountingToken token = new CountingToken(Map.of("sub", "u-1", "unit", "31666"));
        Caller caller = new Caller(QuarkusSecurityIdentity.builder().setPrincipal(token).build(), "unit");

        assertThat(caller.requireUnit()).isEqualTo("31666");
        assertThat(caller.unitCode()).contains("31666");
        assertThat(caller.unitCode()).contains("31666");

        assertThat(token.reads("unit")).isEqualTo(1);
    }

    @Test
    void aTokenWithoutAUnitHasNoneEachTimeItIsAsked() {
        CountingToken token = new CountingToken(Map.of("sub", "u-2"));
        Caller caller = new Caller(QuarkusSecurityIdentity.builder().setPrincipal(token).build(), "unit");

        assertThat(caller.unitCode()).isEmpty();
        assertThat(caller.unitCode()).isEmpty();
        assertThat(token.reads("unit")).isEqualTo(1);
    }

    /** A token whose claim reads are counted (smallrye-jwt's throws and catches an exception per custom claim read). */
    private static final class CountingToken implements JsonWebToken {

        private final Map<String, Object> claims;
        private final Map<String, AtomicInteger> reads = new java.util.HashMap<>();

        CountingToken(Map<String, Object> claims) {
            this.claims = claims;
        }

        int reads(String claim) {
            return reads.getOrDefault(claim, new AtomicInteger()).get();
        }

        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            reads.computeIfAbsent(claimName, name -> new AtomicInteger()).incrementAndGet();
            return (T) claims.get(claimName);
        }
    }
}
