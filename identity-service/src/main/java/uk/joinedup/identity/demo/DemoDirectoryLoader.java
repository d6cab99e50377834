package uk.joinedup.identity.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.UserAccount;

/** Loads the demo agencies and users into an empty directory. */
@Component
@ConditionalOnProperty(name = "joinedup.demo-data", havingValue = "true")
class DemoDirectoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

    private final Directory directory;
    private final PasswordEncoder passwords;
    private final ObjectMapper json;

    DemoDirectoryLoader(Directory directory, PasswordEncoder passwords, ObjectMapper json) {
        this.directory = directory;
        this.passwords = passwords;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.isEmpty()) {
            return;
        }
        DemoDirectory demo = read();
        demo.agencies().forEach(agency -> directory.save(new Agency(agency.id(), agency.name(), agency.kind())));
        String hash = passwords.encode(demo.password());
        demo.users()
                .forEach(user -> directory.save(new UserAccount(
                        user.username(), user.displayName(), user.agencyId(), user.roles(), user.job(), hash, true)));
        log.info(
                "Loaded {} demo agencies and {} demo users",
                demo.agencies().size(),
                demo.users().size());
    }

    private DemoDirectory read() {
        try (InputStream in = new ClassPathResource("demo/directory.json").getInputStream()) {
            return json.readValue(in, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/directory.json", e);
        }
    }
}
