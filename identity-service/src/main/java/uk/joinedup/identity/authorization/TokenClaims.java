package uk.joinedup.identity.authorization;

import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.DirectoryUser;

/** Puts the user's name, agency and roles into access and ID tokens. */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessOrIdToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (accessOrIdToken && context.getPrincipal().getPrincipal() instanceof DirectoryUser user) {
            context.getClaims()
                    .claim("name", user.displayName())
                    .claim("agency", user.agency().id())
                    .claim("agency_name", user.agency().name())
                    .claim("agency_kind", user.agency().kind())
                    .claim("roles", user.roles());
        }
    }
}
