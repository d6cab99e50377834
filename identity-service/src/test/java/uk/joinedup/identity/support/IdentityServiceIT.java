package uk.joinedup.identity.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of identity-service's integration tests: the whole service on a random port, on the embedded
 * MongoDB in memory, with the demo directory, and web-ui's back-channel logout endpoint played by
 * {@link BackChannelReceiver}. Throttling is quick to reach (3 free failures, locked after 6, waits of at
 * most 1 s) and the per-address limit out of reach, so that tests do not throttle each other; {@code
 * ShortLimitsIT} tests that limit. Every test class extending this one shares one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "joinedup.mongo.in-memory=true",
            "joinedup.demo-data=true",
            "joinedup.identity.web-client-secret=" + OAuthClient.SECRET,
            "joinedup.identity.web-ui-url=" + OAuthClient.WEB_UI,
            "joinedup.sign-in.free-failures=3",
            "joinedup.sign-in.lock-after=6",
            "joinedup.sign-in.maximum-delay=1s",
            "joinedup.sign-in.address-failures=100000"
        })
public abstract class IdentityServiceIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestUsers users;

    @DynamicPropertySource
    static void backChannel(DynamicPropertyRegistry registry) {
        registry.add("joinedup.identity.web-ui-internal-url", BackChannelReceiver::url);
    }

    /** A new browser, with no cookies. */
    protected Browser browser() {
        return new Browser(port);
    }

    protected OAuthClient client() {
        return new OAuthClient(port);
    }
}
