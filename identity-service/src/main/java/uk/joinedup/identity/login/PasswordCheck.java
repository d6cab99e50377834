package uk.joinedup.identity.login;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.UserAccount;

/**
 * Checks a username and password, taking as long whether or not the user exists (a hash is always
 * compared), and finding no user who is deactivated or has not yet accepted their invitation.
 */
@Component
class PasswordCheck {

    private final Directory directory;
    private final PasswordEncoder passwords;
    private final String decoy;

    PasswordCheck(Directory directory, PasswordEncoder passwords) {
        this.directory = directory;
        this.passwords = passwords;
        this.decoy = passwords.encode("a decoy password compared when the user is unknown");
    }

    Optional<UserAccount> check(String username, String password) {
        Optional<UserAccount> account = directory.user(username);
        String hash = account.map(UserAccount::passwordHash).orElse(null);
        boolean matches = passwords.matches(password == null ? "" : password, hash == null ? decoy : hash);
        return account.filter(found -> matches && hash != null && found.enabled());
    }
}
