package uk.joinedup.identity.admin;

import java.util.List;

/**
 * A user as the administration pages list them.
 *
 * @param username sign-in name
 * @param displayName name
 * @param agencyName their agency's name
 * @param teamName their team's name, or null
 * @param roles role names
 * @param status one of {@code active}, {@code invited}, {@code locked}, {@code deactivated}
 */
record UserRow(
        String username, String displayName, String agencyName, String teamName, List<String> roles, String status) {}
