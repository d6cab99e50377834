package uk.joinedup.identity.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.mfa.SecondFactor;

/**
 * Loads the demo agencies, teams and users into an empty directory, and enrols each demo user who has
 * no authenticator with the fixed secret of the file, so that their codes can be shown on {@code
 * /demo/codes}.
 */
@Component
@ConditionalOnProperty(name = "joinedup.demo-data", havingValue = "true")
class DemoDirectoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

    private final Directory directory;
    private final PasswordEncoder passwords;
    private final SecondFactor secondFactor;
    private final ObjectMapper json;

    DemoDirectoryLoader(Directory directory, PasswordEncoder passwords, SecondFactor secondFactor, ObjectMapper json) {
        this.directory = directory;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDirectory demo = DemoDirectoryFile.read(json);
        if (directory.isEmpty()) {
            demo.agencies().forEach(agency -> directory.save(new Agency(agency.id(), agency.name(), agency.kind())));
            demo.teams().forEach(team -> directory.save(new Team(team.id(), team.agencyId(), team.name())));
            String hash = passwords.encode(demo.password());
            demo.users()
                    .forEach(user -> directory.save(new UserAccount(
                            user.username(),
                            user.displayName(),
                            user.agencyId(),
                            user.teamId(),
                            roles(user.roles()),
                            user.job(),
                            hash,
                            true)));
            log.info(
                    "Loaded {} demo agencies, {} teams and {} users",
                    demo.agencies().size(),
                    demo.teams().size(),
                    demo.users().size());
        }
        demo.users().stream()
                .filter(user -> directory.user(user.username()).isPresent())
                .filter(user -> !secondFactor.enrolled(user.username()))
                .forEach(user -> secondFactor.enrolDemo(user.username(), user.totpSecret()));
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.named(name).orElseThrow()));
        return roles;
    }
}
