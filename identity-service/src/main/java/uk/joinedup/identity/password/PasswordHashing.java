package uk.joinedup.identity.password;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords (and the web-ui client's secret) are hashed with Argon2id: 16-byte salt,
 * 32-byte hash, parallelism 1, 19 MiB of memory, 2 iterations (OWASP's recommended minimum). The
 * parameters are stored in each hash, so hashes made with earlier parameters still verify.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS)));
    }
}
