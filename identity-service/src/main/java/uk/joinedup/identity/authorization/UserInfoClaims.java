package uk.joinedup.identity.authorization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.directory.UserAccount;

/**
 * The UserInfo endpoint, which web-ui calls once at sign-in with the access token: who the user is,
 * their agency, team and roles, read from the directory. (ID tokens carry none of this: they travel
 * further, e.g. as sign-out hints.)
 */
@Component
class UserInfoClaims implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final Directory directory;

    UserInfoClaims(Directory directory) {
        this.directory = directory;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", username);
        directory.user(username).filter(UserAccount::enabled).ifPresent(account -> {
            claims.put("name", account.displayName());
            claims.put("roles", account.roleNames());
            directory.agency(account.agencyId()).ifPresent(agency -> putAgency(claims, agency));
            directory.team(account.teamId()).map(Team::name).ifPresent(team -> {
                claims.put("team", account.teamId());
                claims.put("team_name", team);
            });
        });
        return new OidcUserInfo(claims);
    }

    private static void putAgency(Map<String, Object> claims, Agency agency) {
        claims.put("agency", agency.id());
        claims.put("agency_name", agency.name());
        claims.put("agency_kind", agency.kind());
    }
}
