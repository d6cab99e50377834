package uk.joinedup.identity.directory;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for sign-in; a user whose agency is unknown cannot sign in. */
@Component
class DirectoryUserDetailsService implements UserDetailsService {

    private final Directory directory;

    DirectoryUserDetailsService(Directory directory) {
        this.directory = directory;
    }

    @Override
    public DirectoryUser loadUserByUsername(String username) {
        UserAccount account = directory.user(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Agency agency =
                directory.agency(account.agencyId()).orElseThrow(() -> new UsernameNotFoundException("no agency"));
        return new DirectoryUser(account, agency);
    }
}
