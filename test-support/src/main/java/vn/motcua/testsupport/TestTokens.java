package vn.motcua.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jose4j.base64url.Base64Url;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Real RS256 tokens shaped like access tokens of the Keycloak realm {@code motcua}, signed with the
 * key that {@link RealInfrastructure} tells the service to trust:
 *
 * <pre>
 * given().header("Authorization", TestTokens.user("an.nguyen").roles("front-desk").unit("31639").bearer())
 * </pre>
 */
public final class TestTokens {
    public static final String ISSUER = "https://keycloak.test/realms/motcua";
    public static final String AUDIENCE = "motcua-api";
    /** {@code azp}: the web front end, the client through which officers log in. */
    public static final String CLIENT_ID = "motcua-web";
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private TestTokens() {
    }

    public static UserToken user(String username) {
        return new UserToken(username, List.of(), Optional.empty(), ISSUER, AUDIENCE, DEFAULT_LIFETIME, false,
                Optional.empty());
    }

    /** The token subject (claim {@code sub}) of {@code username}'s tokens: a UUID derived from the name. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("motcua-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The {@code Authorization} header value for a token. */
    public static String bearer(String jwt) {
        return "Bearer " + jwt;
    }

    /**
     * The same token with its payload changed (an added {@code admin} role, another username) and
     * the original signature kept: what an attacker editing a token in the browser would send.
     */
    public static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            // jose4j's parsed map refuses to overwrite keys, so copy it
            Map<String, Object> claims = new LinkedHashMap<>(JsonUtil.parseJson(Base64Url.decodeToUtf8String(parts[1])));
            claims.put("preferred_username", "mallory");
            List<Object> roles = new ArrayList<>(rolesOf(claims));
            roles.add("admin");
            claims.put("realm_access", Map.of("roles", roles));
            String payload = Base64Url.encode(JsonUtil.toJson(claims), StandardCharsets.UTF_8.name());
            return parts[0] + "." + payload + "." + parts[2];
        } catch (JoseException e) {
            throw new IllegalArgumentException("Not a JWT: " + jwt, e);
        }
    }

    /**
     * The token's claims with {@code "alg":"none"} and no signature: the oldest JWT attack, which a
     * verifier must refuse.
     */
    public static String unsigned(UserToken token) {
        String[] parts = token.token().split("\\.");
        String header = Base64Url.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}", StandardCharsets.UTF_8.name());
        return header + "." + parts[1] + ".";
    }

    /** The public key services verify with. */
    public static PublicKey publicKey() {
        return SigningKeys.trusted().getPublic();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rolesOf(Map<String, Object> claims) {
        Object realmAccess = claims.get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> roles) {
            return (List<Object>) roles;
        }
        return List.of();
    }

    /**
     * What the token will say; each method returns a changed copy. Times are computed when the
     * token is made, so a spec kept in a constant never goes stale.
     */
    public record UserToken(String username, List<String> roles, Optional<String> unit, String issuer,
            String audience, Duration expiresIn, boolean foreignKey, Optional<String> name) {

        /** The person's full name (claim {@code name}), as Keycloak puts first and last name in access tokens. */
        public UserToken name(String fullName) {
            return new UserToken(username, roles, unit, issuer, audience, expiresIn, foreignKey, Optional.of(fullName));
        }

        public UserToken roles(String... realmRoles) {
            return new UserToken(username, List.of(realmRoles), unit, issuer, audience, expiresIn, foreignKey, name);
        }

        /** Administrative unit code (mã đơn vị) the officer belongs to. */
        public UserToken unit(String unitCode) {
            return new UserToken(username, roles, Optional.of(unitCode), issuer, audience, expiresIn, foreignKey, name);
        }

        public UserToken expiresIn(Duration lifetime) {
            return new UserToken(username, roles, unit, issuer, audience, lifetime, foreignKey, name);
        }

        public UserToken expiredSecondsAgo(long seconds) {
            return expiresIn(Duration.ofSeconds(-seconds));
        }

        public UserToken issuer(String otherIssuer) {
            return new UserToken(username, roles, unit, otherIssuer, audience, expiresIn, foreignKey, name);
        }

        public UserToken audience(String otherAudience) {
            return new UserToken(username, roles, unit, issuer, otherAudience, expiresIn, foreignKey, name);
        }

        /** Well-formed and validly signed, but by a key the services do not trust. */
        public UserToken signedWithForeignKey() {
            return new UserToken(username, roles, unit, issuer, audience, expiresIn, true, name);
        }

        /** The signed compact JWT. */
        public String token() {
            KeyPair keys = foreignKey ? SigningKeys.foreign() : SigningKeys.trusted();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims().toJson());
            jws.setKey(keys.getPrivate());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(foreignKey ? SigningKeys.FOREIGN_KEY_ID : SigningKeys.TRUSTED_KEY_ID);
            jws.setHeader("typ", "JWT");
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("Could not sign test token", e);
            }
        }

        /** {@code "Bearer <token>"}, ready for the {@code Authorization} header. */
        public String bearer() {
            return TestTokens.bearer(token());
        }

        private JwtClaims claims() {
            Instant now = Instant.now();
            Instant expiry = now.plus(expiresIn);
            Instant issuedAt = expiry.minus(DEFAULT_LIFETIME).isBefore(now) ? expiry.minus(DEFAULT_LIFETIME) : now;
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setAudience(audience);
            // Keycloak subjects are opaque UUIDs; name-based keeps one user's id stable across tests
            claims.setSubject(subjectOf(username));
            claims.setJwtId(UUID.randomUUID().toString());
            claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
            claims.setClaim("typ", "Bearer");
            claims.setClaim("azp", CLIENT_ID);
            claims.setClaim("scope", "openid profile");
            claims.setClaim("preferred_username", username);
            Map<String, Object> realmAccess = new LinkedHashMap<>();
            realmAccess.put("roles", roles);
            claims.setClaim("realm_access", realmAccess);
            unit.ifPresent(code -> claims.setClaim("unit", code));
            name.ifPresent(fullName -> claims.setClaim("name", fullName));
            return claims;
        }
    }
}
