package uk.joinedup.identity.admin;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.UserAccount;

/**
 * Who is administering: the signed-in user as the directory has them now, so that a role taken away
 * or a deactivation applies to the next request, whatever the session remembers.
 */
@Component
class Administrators {

    private final Directory directory;

    Administrators(Directory directory) {
        this.directory = directory;
    }

    Administrator current(DirectoryUser user) {
        UserAccount account = directory
                .user(user.getUsername())
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new AccessDeniedException("not an administrator"));
        if (account.hasRole(Role.SYSTEM_ADMIN)) {
            return new Administrator(account.username(), account.agencyId(), true);
        }
        if (account.hasRole(Role.AGENCY_ADMIN)) {
            return new Administrator(account.username(), account.agencyId(), false);
        }
        throw new AccessDeniedException("not an administrator");
    }

    /** Refuses unless the administrator manages the agency. */
    void requireManages(Administrator administrator, String agencyId) {
        if (!administrator.manages(agencyId)) {
            throw new AccessDeniedException("another agency");
        }
    }

    /**
     * The user, if the administrator may manage them: a user of their agency who is not a system
     * administrator, or anyone for a system administrator. Refused otherwise; 404 for nobody.
     */
    UserAccount managedUser(Administrator administrator, String username) {
        UserAccount user = directory.user(username).orElseThrow(NotFound::new);
        if (!administrator.manages(user.agencyId()) || (!administrator.system() && user.hasRole(Role.SYSTEM_ADMIN))) {
            throw new AccessDeniedException("another agency's user");
        }
        return user;
    }

    void requireSystem(Administrator administrator) {
        if (!administrator.system()) {
            throw new AccessDeniedException("system administrators only");
        }
    }
}
