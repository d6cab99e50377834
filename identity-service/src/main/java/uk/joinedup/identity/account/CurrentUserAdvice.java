package uk.joinedup.identity.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.Role;

/** Puts the signed-in user, as the directory has them now, in every page's model. */
@ControllerAdvice
class CurrentUserAdvice {

    private final Directory directory;

    CurrentUserAdvice(Directory directory) {
        this.directory = directory;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(@AuthenticationPrincipal Object principal) {
        if (!(principal instanceof DirectoryUser user)) {
            return null;
        }
        return directory
                .user(user.getUsername())
                .map(account -> new CurrentUser(
                        account.username(),
                        account.displayName(),
                        account.roles().stream().anyMatch(Role::administers)))
                .orElse(null);
    }
}
