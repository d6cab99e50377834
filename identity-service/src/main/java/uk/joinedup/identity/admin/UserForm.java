package uk.joinedup.identity.admin;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.infrastructure.Messages;

/**
 * The user form as submitted: creating a user, or correcting one (then the username is not changed).
 *
 * @param username the sign-in name: lower-case letters, digits, dots, dashes and underscores
 * @param displayName the name colleagues see
 * @param job what they do, optional
 * @param agencyId their agency
 * @param teamId their team in that agency, optional
 * @param roles the names of the roles they hold
 */
record UserForm(String username, String displayName, String job, String agencyId, String teamId, List<String> roles) {

    static final int LONGEST_NAME = 100;
    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

    UserForm {
        username = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null ? "" : displayName.trim();
        job = job == null || job.isBlank() ? null : job.trim();
        agencyId = agencyId == null ? "" : agencyId.trim();
        teamId = teamId == null || teamId.isBlank() ? null : teamId.trim();
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static UserForm of(UserAccount user) {
        return new UserForm(
                user.username(), user.displayName(), user.job(), user.agencyId(), user.teamId(), user.roleNames());
    }

    /** What is wrong, by field id, in the order of the form; empty when it can be saved. */
    Map<String, String> errors(boolean creating, Administrator by, Directory directory, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating) {
            if (!username.matches(USERNAME)) {
                errors.put("username", messages.text("admin.user.username.invalid"));
            } else if (directory.user(username).isPresent()) {
                errors.put("username", messages.text("admin.user.username.taken"));
            }
        }
        if (displayName.isEmpty() || displayName.length() > LONGEST_NAME) {
            errors.put("displayName", messages.text("admin.user.displayName.invalid", LONGEST_NAME));
        }
        if (job != null && job.length() > LONGEST_NAME) {
            errors.put("job", messages.text("admin.user.job.invalid", LONGEST_NAME));
        }
        if (directory.agency(agencyId).isEmpty() || !by.manages(agencyId)) {
            errors.put("agencyId", messages.text("admin.user.agency.invalid"));
        } else if (teamId != null
                && directory
                        .team(teamId)
                        .map(Team::agencyId)
                        .filter(agencyId::equals)
                        .isEmpty()) {
            errors.put("teamId", messages.text("admin.user.team.invalid"));
        }
        Set<Role> held = EnumSet.noneOf(Role.class);
        boolean unknown = false;
        for (String name : roles) {
            Role.named(name).ifPresent(held::add);
            unknown |= Role.named(name).isEmpty();
        }
        if (held.isEmpty() || unknown) {
            errors.put("roles", messages.text("admin.user.roles.missing"));
        } else if (!by.grantableRoles().containsAll(held)) {
            errors.put("roles", messages.text("admin.user.roles.notAllowed"));
        }
        return errors;
    }

    Set<Role> heldRoles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.forEach(name -> Role.named(name).ifPresent(held::add));
        return held;
    }
}
