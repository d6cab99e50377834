package uk.joinedup.webui.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteTimeoutFilterTest {

    private static final SessionProperties SETTINGS =
            new SessionProperties(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(2));

    @Test
    void endsASessionTwelveHoursOldBeforeTheRequestSeesIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        AtomicReference<Object> seen = new AtomicReference<>();

        filterAt(session, Duration.ofHours(12), seen);

        assertThat(session.isInvalid()).isTrue();
        assertThat(seen.get()).as("the request went on without a session").isNull();
    }

    @Test
    void keepsAYoungerSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        AtomicReference<Object> seen = new AtomicReference<>();

        filterAt(session, Duration.ofHours(12).minusSeconds(1), seen);

        assertThat(session.isInvalid()).isFalse();
        assertThat(seen.get()).isSameAs(session);
    }

    private static void filterAt(MockHttpSession session, Duration age, AtomicReference<Object> seen) throws Exception {
        Clock later =
                Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(age), ZoneOffset.UTC);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
        request.setSession(session);
        new AbsoluteTimeoutFilter(SETTINGS, later)
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
                    @Override
                    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                        seen.set(((HttpServletRequest) req).getSession(false));
                    }
                });
    }
}
