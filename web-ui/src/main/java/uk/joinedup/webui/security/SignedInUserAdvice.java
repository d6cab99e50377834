package uk.joinedup.webui.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user, if any, into every page's model as {@code user}, and identity-service's pages
 * they are offered as {@code identityPages}.
 */
@ControllerAdvice
class SignedInUserAdvice {

    private final IdentityPages identityPages;

    SignedInUserAdvice(IdentityProviderProperties identity) {
        this.identityPages = new IdentityPages(identity.accountSessionsPage(), identity.administrationPages());
    }

    @ModelAttribute("user")
    SignedInUser user(@AuthenticationPrincipal OidcUser principal) {
        return principal != null ? SignedInUser.of(principal) : null;
    }

    @ModelAttribute("identityPages")
    IdentityPages identityPages() {
        return identityPages;
    }
}
