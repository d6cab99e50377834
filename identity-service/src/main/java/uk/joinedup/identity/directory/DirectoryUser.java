package uk.joinedup.identity.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A user signed in to identity-service with their password and a code: who, with the roles they held
 * then, when they signed in and the id of that sign-in session ({@code sid}, as ID tokens carry it).
 * Pages and tokens read everything else from the {@link Directory}, so a change takes effect at once.
 * Equal to any other {@link User} of the same username, which is how the session registry finds a
 * user's sessions.
 */
public class DirectoryUser extends User {

    private static final long serialVersionUID = 1L;

    private final Instant signedInAt;
    private final String sid;

    public DirectoryUser(String username, Collection<Role> roles, Instant signedInAt, String sid) {
        super(
                username,
                "",
                true,
                true,
                true,
                true,
                roles.stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList());
        this.signedInAt = signedInAt;
        this.sid = sid;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** The sign-in session's id, or null when unknown. */
    public String sid() {
        return sid;
    }

    public List<String> roleNames() {
        return getAuthorities().stream()
                .map(authority -> authority.getAuthority().substring("ROLE_".length()))
                .sorted()
                .toList();
    }
}
