package uk.joinedup.webui.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user, if any, into every page's model as {@code user}. */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("user")
    SignedInUser user(@AuthenticationPrincipal OidcUser principal) {
        return principal != null ? SignedInUser.of(principal) : null;
    }
}
