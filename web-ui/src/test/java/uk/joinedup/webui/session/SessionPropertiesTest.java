package uk.joinedup.webui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SessionPropertiesTest {

    @Test
    void everyNewSessionGetsTheIdleTimeoutToTheSecond() {
        MockHttpSession session = new MockHttpSession();
        SessionProperties settings =
                new SessionProperties(Duration.ofSeconds(75), Duration.ofHours(12), Duration.ofSeconds(40));

        new SessionConfiguration().idleTimeout(settings).getListener().sessionCreated(new HttpSessionEvent(session));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(75);
    }

    @Test
    void theWarningMustComeBeforeTheTimeout() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new SessionProperties(Duration.ofMinutes(2), Duration.ofHours(12), Duration.ofMinutes(2)));
    }
}
