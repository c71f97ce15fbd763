package vn.motcua.workflow.dossier;

import java.util.Set;

/**
 * The officer who acts, as their token says at the time of the action.
 *
 * @param userId   the stable id (the token's {@code sub})
 * @param username the login name ({@code preferred_username})
 * @param name     the name people read ({@code name}, else the login name); stored with what the officer does
 * @param roles    realm roles
 */
public record Officer(String userId, String username, String name, Set<String> roles) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    /** Whether {@code who}, a user id or a login name as a hand-off names people, is this officer. */
    public boolean is(String who) {
        return who != null && (who.equals(userId) || who.equals(username));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
