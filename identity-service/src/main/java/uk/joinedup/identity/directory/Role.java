package uk.joinedup.identity.directory;

import java.util.Locale;
import java.util.Optional;

/** What a user may do; a user may hold several. Carried in the {@code roles} claim of access tokens. */
public enum Role {
    /** Works with families. */
    KEYWORKER,
    /** Allocates cases and appoints lead professionals in their agency. */
    TEAM_MANAGER,
    /** Keeps sharing agreements, reviews emergency access, reads the access log. */
    IG_OFFICER,
    /** Uploads their agency's data extracts and resolves the rows that need a person to decide who they are. */
    DATA_OFFICER,
    /** Manages the teams and users of their own agency. */
    AGENCY_ADMIN,
    /** Manages every agency, team and user. */
    SYSTEM_ADMIN;

    /**
     * The role a stored or submitted name stands for; {@code ADMIN}, the single administrator role of
     * earlier releases, is a system administrator.
     */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("ADMIN")) {
            return Optional.of(SYSTEM_ADMIN);
        }
        for (Role role : values()) {
            if (role.name().equals(upper)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Administers users: of their own agency, or of all. */
    public boolean administers() {
        return this == AGENCY_ADMIN || this == SYSTEM_ADMIN;
    }
}
