package uk.joinedup.webui.security;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as pages show them.
 *
 * @param name display name
 * @param agencyName the agency they act for
 * @param roles what they may do
 */
public record SignedInUser(String name, String agencyName, List<String> roles) {

    static SignedInUser of(OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        return new SignedInUser(
                user.getFullName() != null ? user.getFullName() : user.getSubject(),
                user.getClaimAsString("agency_name"),
                roles != null ? roles : List.of());
    }
}
