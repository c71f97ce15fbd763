package vn.motcua.backbone.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.backbone.problem.ProblemException;

/** Who is calling: user, unit and roles, read from the bearer token once per request. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final String unitClaim;
    /**
     * The unit claim, read once per request: smallrye-jwt looks a custom claim up by throwing and catching an
     * IllegalArgumentException ({@code Claims.valueOf}) on every read, and a request asks for the unit several times.
     */
    private Optional<String> unitCode;

    Caller(SecurityIdentity identity, @ConfigProperty(name = "motcua.security.unit-claim") String unitClaim) {
        this.identity = identity;
        this.unitClaim = unitClaim;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The stable user id (the token's {@code sub}). */
    public String userId() {
        return token().map(JsonWebToken::getSubject).orElse(identity.getPrincipal().getName());
    }

    /** The login name ({@code preferred_username}). */
    public String username() {
        return identity.getPrincipal().getName();
    }

    /**
     * The person's name as people read it: the token's {@code name} (Keycloak fills it from first and last name),
     * else the login name. Stored with what the person does, so papers show it as it was at the time.
     */
    public String displayName() {
        return token().map(jwt -> jwt.<Object>getClaim("name")).map(Object::toString).map(String::strip)
                .filter(s -> !s.isEmpty()).orElseGet(this::username);
    }

    /** The national code of the caller's unit, if the token carries one. */
    public Optional<String> unitCode() {
        if (unitCode == null) {
            unitCode = token().map(jwt -> jwt.<Object>getClaim(unitClaim)).map(Object::toString).filter(s -> !s.isBlank());
        }
        return unitCode;
    }

    /** The caller's unit; answers 403 when the token has none, since every unit-scoped action needs one. */
    public String requireUnit() {
        return unitCode().orElseThrow(() -> ProblemException.forbidden(
                "Your account is not attached to a unit (claim '" + unitClaim + "'); ask an administrator"));
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }
}
