package uk.joinedup.webui.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as pages see them: who they are from their ID token, and their agency, team and
 * roles from identity-service's UserInfo endpoint, read at sign-in with their access token. The ID token
 * carries no authorisation claims (it travels further, as the sign-out hint), and none are read from it.
 *
 * @param name display name
 * @param username sign-in name: the user id case-service knows them by
 * @param agencyId the agency they act for, as chronology entries name it
 * @param agencyName that agency's name
 * @param agencyKind that agency's kind ({@code agency_kind}, e.g. {@code EARLY_HELP}), or null
 * @param teamId their team within the agency, or null
 * @param teamName that team's name, or null
 * @param roles what they may do: {@code KEYWORKER}, {@code TEAM_MANAGER}, {@code IG_OFFICER},
 *     {@code DATA_OFFICER}, {@code AGENCY_ADMIN}, {@code SYSTEM_ADMIN}
 */
public record SignedInUser(
        String name,
        String username,
        String agencyId,
        String agencyName,
        String agencyKind,
        String teamId,
        String teamName,
        List<String> roles) {

    public SignedInUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Someone in no team, of an agency whose kind is not known. */
    public SignedInUser(String name, String username, String agencyId, String agencyName, List<String> roles) {
        this(name, username, agencyId, agencyName, null, null, null, roles);
    }

    public static SignedInUser of(OidcUser user) {
        Map<String, Object> info =
                user.getUserInfo() != null ? user.getUserInfo().getClaims() : Map.of();
        String name = text(info, StandardClaimNames.NAME);
        return new SignedInUser(
                name != null ? name : user.getSubject(),
                user.getSubject(),
                text(info, "agency"),
                text(info, "agency_name"),
                text(info, "agency_kind"),
                text(info, "team"),
                text(info, "team_name"),
                info.get("roles") instanceof Collection<?> roles
                        ? roles.stream().map(String::valueOf).toList()
                        : List.of());
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value != null ? value.toString() : null;
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

    /**
     * A data officer: uploads their agency's data extracts and resolves the rows that need a person to decide who
     * they are; sees no case content unless also a practitioner.
     */
    public boolean dataOfficer() {
        return roles.contains("DATA_OFFICER");
    }

    /**
     * Looks for families who may meet a programme's criteria before anyone works with them ("Early
     * identification"): a team manager of an early-help agency, as case-service's route rule says (ADR 29).
     */
    public boolean findsFamiliesEarly() {
        return manager() && "EARLY_HELP".equals(agencyKind);
    }

    /** Reviews emergency access: an information-governance officer, or a team manager for their agency. */
    public boolean reviewsEmergencyAccess() {
        return informationGovernance() || manager();
    }

    /** Works with families (a keyworker or a team manager) and so may record and change casework. */
    public boolean practitioner() {
        return manager() || roles.contains("KEYWORKER");
    }

    /** Administers users: of their own agency ({@code AGENCY_ADMIN}) or of every agency ({@code SYSTEM_ADMIN}). */
    public boolean administrator() {
        return roles.contains("AGENCY_ADMIN") || roles.contains("SYSTEM_ADMIN");
    }
}
