package uk.joinedup.identity.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user of JoinedUp.
 *
 * @param username the sign-in name and the tokens' subject, lower case
 * @param displayName the name colleagues see
 * @param agencyId the agency the user works for
 * @param teamId the team within that agency, or null
 * @param roles what they may do
 * @param job what they do, as colleagues choosing them for a team see it, e.g. "Housing officer"; may be null
 * @param passwordHash an encoded password, never the password; null until an invitation is accepted
 * @param enabled whether the user may sign in: false once deactivated
 */
public record UserAccount(
        String username,
        String displayName,
        String agencyId,
        String teamId,
        Set<Role> roles,
        String job,
        String passwordHash,
        boolean enabled) {

    public UserAccount {
        username = normalise(username);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Usernames are compared in lower case. */
    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * Role names, sorted, as tokens and the directory API carry them; a mutable list, as the stored
     * claims of a token must be to be read back.
     */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    /** Invited and not yet signed up: no password yet. */
    public boolean invited() {
        return passwordHash == null;
    }

    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(username, displayName, agencyId, teamId, roles, job, hash, enabled);
    }

    public UserAccount withEnabled(boolean enabled) {
        return new UserAccount(username, displayName, agencyId, teamId, roles, job, passwordHash, enabled);
    }
}
