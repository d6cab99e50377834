package uk.joinedup.identity.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import uk.joinedup.identity.directory.Role;

/**
 * The administrator acting, as the directory has them now.
 *
 * @param username who
 * @param agencyId their agency
 * @param system whether they administer every agency (a system administrator) or only their own
 */
record Administrator(String username, String agencyId, boolean system) {

    boolean manages(String agency) {
        return system || agencyId.equals(agency);
    }

    /** The roles they may give: all but system administrator, unless they are one. */
    Set<Role> grantableRoles() {
        Set<Role> roles = EnumSet.copyOf(Arrays.asList(Role.values()));
        if (!system) {
            roles.remove(Role.SYSTEM_ADMIN);
        }
        return roles;
    }
}
