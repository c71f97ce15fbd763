package vn.motcua.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/** Verifies tokens the way a resource server configured by {@link RealInfrastructure} does. */
class TestTokensTest {
    private static final JwtConsumer RESOURCE_SERVER = new JwtConsumerBuilder()
            .setVerificationKey(TestTokens.publicKey())
            .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .setExpectedIssuer(TestTokens.ISSUER)
            .setExpectedAudience("motcua-api")
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .build();

    @Test
    void aTokenVerifiesAndCarriesRolesUnitIssuerAndAudience() throws Exception {
        String jwt = TestTokens.user("an.nguyen").roles("front-desk", "specialist").unit("31639").token();

        JwtClaims claims = RESOURCE_SERVER.processToClaims(jwt);

        assertEquals(TestTokens.ISSUER, claims.getIssuer());
        assertEquals(List.of("motcua-api"), claims.getAudience());
        assertEquals("an.nguyen", claims.getStringClaimValue("preferred_username"));
        assertEquals(Map.of("roles", List.of("front-desk", "specialist")), claims.getClaimValue("realm_access"));
        assertEquals("31639", claims.getStringClaimValue("unit"));
        assertEquals("motcua-web", claims.getStringClaimValue("azp"));
        assertEquals("Bearer", claims.getStringClaimValue("typ"));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertTrue(lifetime > 0 && lifetime <= 300, "lifetime " + lifetime);
    }

    @Test
    void theHeaderNamesRs256AndTheKeyId() throws Exception {
        JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(
                TestTokens.user("an.nguyen").token());

        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals("motcua-test-key", jws.getKeyIdHeaderValue());
    }

    @Test
    void theSubjectIsStablePerUserAndDiffersBetweenUsers() throws Exception {
        String first = RESOURCE_SERVER.processToClaims(TestTokens.user("an.nguyen").token()).getSubject();
        String again = RESOURCE_SERVER.processToClaims(TestTokens.user("an.nguyen").roles("leader").token()).getSubject();
        String other = RESOURCE_SERVER.processToClaims(TestTokens.user("binh.tran").token()).getSubject();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void aTokenWithoutUnitHasNoUnitClaim() throws Exception {
        JwtClaims claims = RESOURCE_SERVER.processToClaims(TestTokens.user("admin").roles("admin").token());

        assertFalse(claims.hasClaim("unit"));
    }

    @Test
    void bearerIsTheAuthorizationHeaderValue() throws Exception {
        String header = TestTokens.user("an.nguyen").bearer();

        assertTrue(header.startsWith("Bearer "));
        RESOURCE_SERVER.processToClaims(header.substring("Bearer ".length()));
    }

    @Test
    void anExpiredTokenIsRejected() {
        String jwt = TestTokens.user("an.nguyen").expiredSecondsAgo(120).token();

        assertThrows(InvalidJwtException.class, () -> RESOURCE_SERVER.processToClaims(jwt));
    }

    @Test
    void aTamperedTokenIsRejected() throws Exception {
        String jwt = TestTokens.user("an.nguyen").roles("front-desk").token();
        String tampered = TestTokens.tampered(jwt);

        assertNotEquals(jwt, tampered);
        InvalidJwtException rejected = assertThrows(InvalidJwtException.class,
                () -> RESOURCE_SERVER.processToClaims(tampered));
        // the payload still parses, only the signature gives it away
        Map<?, ?> realmAccess = (Map<?, ?>) rejected.getJwtContext().getJwtClaims().getClaimValue("realm_access");
        assertTrue(((List<?>) realmAccess.get("roles")).contains("admin"));
    }

    @Test
    void aTokenSignedWithAForeignKeyIsRejected() {
        String jwt = TestTokens.user("an.nguyen").roles("admin").signedWithForeignKey().token();

        assertThrows(InvalidJwtException.class, () -> RESOURCE_SERVER.processToClaims(jwt));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        String jwt = TestTokens.user("an.nguyen").issuer("https://evil.test/realms/motcua").token();

        assertThrows(InvalidJwtException.class, () -> RESOURCE_SERVER.processToClaims(jwt));
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        String jwt = TestTokens.user("an.nguyen").audience("another-api").token();

        assertThrows(InvalidJwtException.class, () -> RESOURCE_SERVER.processToClaims(jwt));
    }
}
