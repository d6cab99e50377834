package uk.joinedup.webui.directory;

import java.util.List;

/**
 * A practitioner in the staff directory.
 *
 * @param username their sign-in name: the user id case-service knows them by
 * @param agencyId the agency they work for
 * @param roles what they may do, e.g. {@code KEYWORKER}, {@code TEAM_MANAGER}
 * @param job what they do, e.g. "Housing officer", or null
 */
public record Practitioner(
        String username,
        String displayName,
        String agencyId,
        String agencyName,
        String agencyKind,
        List<String> roles,
        String job) {

    public Practitioner {
        roles = roles == null ? List.of() : roles;
    }

    /** Works with families: a keyworker or a team manager (not only an administrator or IG officer). */
    public boolean worksWithFamilies() {
        return roles.contains("KEYWORKER") || roles.contains("TEAM_MANAGER");
    }
}
