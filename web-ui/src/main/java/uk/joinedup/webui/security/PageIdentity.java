package uk.joinedup.webui.security;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page's identity bar shows: the signed-in user, if any ({@code user}), and identity-service's pages
 * they are offered ({@code identityPages}). Controllers' pages get both from {@link SignedInUserAdvice}; a page made
 * by an exception handler, which no advice's model attributes reach, puts them in with {@link #addTo}.
 */
@Component
public class PageIdentity {

    private final IdentityPages identityPages;

    public PageIdentity(IdentityProviderProperties identity) {
        this.identityPages = new IdentityPages(identity.accountSessionsPage(), identity.administrationPages());
    }

    SignedInUser user(OidcUser principal) {
        return principal != null ? SignedInUser.of(principal) : null;
    }

    IdentityPages identityPages() {
        return identityPages;
    }

    /** Both, into the model of a page an exception handler makes, so that it keeps its "Sign out". */
    public void addTo(Model model, OidcUser principal) {
        model.addAttribute("user", user(principal));
        model.addAttribute("identityPages", identityPages);
    }
}
