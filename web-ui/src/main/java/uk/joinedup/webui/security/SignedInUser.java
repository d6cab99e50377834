package uk.joinedup.webui.security;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as pages see them, from their ID token.
 *
 * @param name display name
 * @param username sign-in name: the user id case-service knows them by
 * @param agencyId the agency they act for, as chronology entries name it
 * @param agencyName that agency's name
 * @param roles what they may do
 */
public record SignedInUser(String name, String username, String agencyId, String agencyName, List<String> roles) {

    public static SignedInUser of(OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        return new SignedInUser(
                user.getFullName() != null ? user.getFullName() : user.getSubject(),
                user.getSubject(),
                user.getClaimAsString("agency"),
                user.getClaimAsString("agency_name"),
                roles != null ? roles : List.of());
    }

    /** A team manager: allocates cases, appoints lead professionals, overrides open actions at closure. */
    public boolean manager() {
        return roles.contains("TEAM_MANAGER");
    }

    /**
     * An information-governance officer: keeps the sharing agreements, reviews emergency access and reads
     * the access log; sees no case content unless also a practitioner.
     */
    public boolean informationGovernance() {
        return roles.contains("IG_OFFICER");
    }

    /** Reviews emergency access: an information-governance officer, or a team manager for their agency. */
    public boolean reviewsEmergencyAccess() {
        return informationGovernance() || manager();
    }

    /** Works with families (a keyworker or a team manager) and so may record and change casework. */
    public boolean practitioner() {
        return manager() || roles.contains("KEYWORKER");
    }
}
