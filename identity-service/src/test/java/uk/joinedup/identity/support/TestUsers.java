package uk.joinedup.identity.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.mfa.SecondFactor;

/** Makes users for one test each, with a password and an enrolled authenticator, through the real services. */
@Component
public class TestUsers {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final Directory directory;
    private final PasswordEncoder passwords;
    private final SecondFactor secondFactor;

    TestUsers(Directory directory, PasswordEncoder passwords, SecondFactor secondFactor) {
        this.directory = directory;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
    }

    /** A user of an agency with these roles, in that agency's first demo team. */
    public TestUser create(String agencyId, Role... roles) {
        String username = "test.user" + sequence.incrementAndGet();
        String password = "a long test password " + username;
        Set<Role> held = roles.length == 0 ? EnumSet.of(Role.KEYWORKER) : EnumSet.copyOf(List.of(roles));
        String team = directory.teams().stream()
                .filter(candidate -> candidate.agencyId().equals(agencyId))
                .findFirst()
                .map(Team::id)
                .orElse(null);
        directory.save(new UserAccount(
                username,
                "Test User " + sequence.get(),
                agencyId,
                team,
                held,
                "Tester",
                passwords.encode(password),
                true));
        String secret = secondFactor.newSecret();
        long step = TestUser.step() - 1;
        List<String> recovery = secondFactor.enrol(username, secret, TestUser.codeAt(secret, step));
        TestUser user = new TestUser(username, password, secret, agencyId, recovery);
        return user;
    }

    public TestUser keyworker() {
        return create("southampton-early-help", Role.KEYWORKER);
    }
}
