package uk.joinedup.identity.authorization;

import java.time.Clock;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.infrastructure.SessionProperties;

/**
 * What tokens say, read from the directory each time one is issued, so that a role change or a
 * deactivation shows in the next token. Access tokens (RFC 9068: header {@code typ: at+jwt}) carry the
 * user's name, agency, agency kind and name, team and roles, and the sign-in session ({@code sid}). ID
 * tokens say who signed in ({@code sub}, {@code name}, {@code sid}) and nothing about what they may do.
 * A user who is deactivated, or whose sign-in is older than the absolute session timeout, gets no token.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private final Directory directory;
    private final SessionProperties properties;
    private final Clock clock;

    TokenClaims(Directory directory, SessionProperties properties, Clock clock) {
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String username = context.getPrincipal().getName();
        UserAccount account =
                directory.user(username).filter(UserAccount::enabled).orElseThrow(TokenClaims::refused);
        Agency agency = directory.agency(account.agencyId()).orElseThrow(TokenClaims::refused);
        String sid = null;
        if (context.getPrincipal().getPrincipal() instanceof DirectoryUser user) {
            sid = user.sid();
            boolean refreshing = AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType());
            if (refreshing
                    && user.signedInAt().plus(properties.absoluteTimeout()).isBefore(clock.instant())) {
                throw refused();
            }
        }
        context.getClaims().claim("name", account.displayName());
        if (idToken && sid != null) {
            // Spring Authorization Server names the user's most recent session; this is the one that
            // signed in, which sign-out and "your sessions" go by
            context.getClaims().claim("sid", sid);
        }
        if (accessToken) {
            context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
            context.getClaims()
                    .claim("agency", agency.id())
                    .claim("agency_name", agency.name())
                    .claim("agency_kind", agency.kind())
                    .claim("roles", account.roleNames());
            if (account.teamId() != null) {
                context.getClaims().claim("team", account.teamId());
            }
            if (sid != null) {
                context.getClaims().claim("sid", sid);
            }
        }
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The user may no longer sign in", null));
    }
}
