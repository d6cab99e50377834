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

    private final PageIdentity identity;

    SignedInUserAdvice(PageIdentity identity) {
        this.identity = identity;
    }

    @ModelAttribute("user")
    SignedInUser user(@AuthenticationPrincipal OidcUser principal) {
        return identity.user(principal);
    }

    @ModelAttribute("identityPages")
    IdentityPages identityPages() {
        return identity.identityPages();
    }
}
