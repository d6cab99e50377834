package uk.joinedup.identity.directory;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user with what tokens need to say about them: name, agency and roles. */
public class DirectoryUser extends User {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final Agency agency;
    private final Set<String> roles;

    DirectoryUser(UserAccount account, Agency agency) {
        super(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                true,
                account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
        this.displayName = account.displayName();
        this.agency = agency;
        this.roles = account.roles();
    }

    public String displayName() {
        return displayName;
    }

    public Agency agency() {
        return agency;
    }

    public List<String> roles() {
        return roles.stream().sorted().toList();
    }
}
