package uk.joinedup.identity.directory;

import java.util.Set;

/**
 * A user of JoinedUp.
 *
 * @param username the sign-in name and the tokens' subject, lower case
 * @param displayName the name colleagues see
 * @param agencyId the agency the user works for
 * @param roles e.g. {@code KEYWORKER}, {@code TEAM_MANAGER}, {@code IG_OFFICER}, {@code ADMIN}
 * @param job what they do, as colleagues choosing them for a team see it, e.g. "Housing officer"; may be null
 * @param passwordHash an encoded password, never the password
 * @param enabled whether the user may sign in
 */
public record UserAccount(
        String username,
        String displayName,
        String agencyId,
        Set<String> roles,
        String job,
        String passwordHash,
        boolean enabled) {

    public UserAccount {
        username = username.toLowerCase(java.util.Locale.ROOT);
        roles = Set.copyOf(roles);
    }
}
